# SELECT email FROM users
=begin
SELECT email FROM users
=end
class User
  # refs: users users.email users.id
  Q1 = "SELECT email FROM users WHERE id = #{id}"
  # refs: users users.name
  Q2 = 'SELECT name FROM users'
  # refs: accounts accounts.plan accounts.id
  Q3 = <<~SQL
    UPDATE accounts SET plan = ?
    WHERE id = #{account_id}
  SQL
  LOG = "Updated user #{id}"
  # refs: projects projects.name projects.id
  execute(<<-SQL.strip)
    SELECT name FROM projects WHERE id = 1
  SQL
end
