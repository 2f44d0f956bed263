-- Replies waiting for an answers email keep no text: the email job reads each
-- comment from GitHub when it writes the email (deleted and hidden ones are
-- dropped, edited ones sent as they read then), so what the gateway holds of a
-- reply is its GitHub id, its kind and its address.
ALTER TABLE gateway_answers DROP COLUMN body;
