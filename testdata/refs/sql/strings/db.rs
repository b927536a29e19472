// SELECT email FROM users
/* SELECT email /* nested */ FROM users */
fn get<'a>(x: &'a str) -> char {
    let c = '"';
    // refs: users users.email users.id
    let q = "SELECT email FROM users WHERE id = $1";
    // refs: users users.name users.id users.x
    let r = r#"SELECT name FROM users WHERE id = 'x' AND "x" IS NULL"#;
    // refs: users users.id
    let s = format!("SELECT id FROM users WHERE {}", cond);
    let t = sqlx::query!(
        // refs: orgs orgs.slug
        "SELECT slug
         FROM orgs"
    );
    c
}
