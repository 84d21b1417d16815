"""Activities 活动: list, month calendar, create/edit dialog, attendance and the photo gallery."""
