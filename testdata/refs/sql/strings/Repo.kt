package example

// SELECT secret FROM users
class Repo {
    // refs: users users.email users.id
    val one = "SELECT email FROM users WHERE id = :id"
    val c = '"'
    /* nested /* comment */ SELECT hidden FROM users */
    // refs: sessions sessions.token sessions.identity_id
    val raw = """
        SELECT token FROM sessions
        WHERE identity_id = ${identity.id}
    """.trimIndent()
    // refs: identities identities.state?
    val tpl = "SELECT state FROM $table JOIN identities ON true"
    val msg = "Deleted $count rows from users"
}
