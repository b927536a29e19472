-- name: GetUser :one
-- SELECT password FROM users  (comment only)
SELECT id, email
FROM users
WHERE id = $1 LIMIT 1;

-- name: ListOrders :many
SELECT o.id, o.total
FROM orders o
JOIN users u ON u.id = o.user_id
WHERE u.email = sqlc.arg(email);

/* DELETE FROM sessions */
-- name: CreateUser :one
INSERT INTO users (email, name) VALUES ($1, $2)
RETURNING id;

-- name: Rename :exec
UPDATE users SET name = @name WHERE id = @id;

-- name: Purge :exec
DELETE FROM sessions WHERE expires_at < now();

CREATE INDEX users_email_idx ON users (email);
