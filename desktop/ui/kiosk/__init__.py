"""The full-screen sign-in kiosk 签到台."""
