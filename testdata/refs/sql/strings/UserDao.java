package example;

// SELECT email FROM users WHERE id = ?   (a comment is not a reference)
class UserDao {
    /* SELECT phone FROM users */
    static final String LOG = "select a user from the list";
    static final String ERR = "Update failed: %s";
    static final String PROSE = "users could not be loaded from the users table";
    // refs: users users.email users.id
    static final String BY_ID = "SELECT email FROM users WHERE id = ?";
    // refs: orders orders.email
    static final String OTHER = "SELECT o.email FROM orders o";
    char quote = '"';
    // refs: users users.email users.id orders orders.user_id
    static final String JOIN = "SELECT u.email FROM users u "
            + "JOIN orders o ON o.user_id = u.id";
    // refs: users users.name users.tenant
    static final String DYN = "SELECT name FROM users WHERE tenant = " + tenant + " AND 1 = 1";
    // refs: accounts accounts.balance accounts.id
    static final String BLOCK = """
        UPDATE accounts
           SET balance = balance - ?
         WHERE id = ?
        """;
    // refs: Quoted Quoted.Weird
    String escaped = "SELECT \"Weird\" FROM \"Quoted\"";
    // refs: audit audit.actor audit.action
    String insert = "INSERT INTO audit (actor, action) VALUES (?, ?)";
}
