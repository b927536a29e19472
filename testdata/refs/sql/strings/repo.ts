// SELECT email FROM users
/* SELECT email FROM users */
const re = /"SELECT email FROM users"/g;
// refs: users users.email users.id
const q1 = 'SELECT email FROM users WHERE id = $1';
// refs: users users.name users.org_id
const q2 = `SELECT name FROM users WHERE org_id = ${orgId}`;
// refs: teams teams.title teams.id
const q3 = "SELECT title FROM teams " +
  "WHERE id = ?";
const msg = `Failed to update ${name}: ${err}`;
// refs: posts posts.body
const q4 = `
  SELECT body
  FROM posts
`;
