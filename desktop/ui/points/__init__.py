"""The points feature (issue 13): balances, statement, redemption, goods and stock, rules."""
