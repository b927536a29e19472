-- Only orders.email, a comment, a log message and test code name email: nothing serving traffic uses users.email.
ALTER TABLE users DROP COLUMN email;
