package sql

// SELECT nid FROM identities is only a comment
/* DELETE FROM identities */

// refs: identities identities.id identities.nid
const getIdentity = `-- name: GetIdentity :one
SELECT id FROM identities WHERE nid = $1
`

func f() {
	r := '"'
	_ = fmt.Sprintf("could not delete %s from identities", id)
	// refs: identity_credentials identity_credentials.config identity_credentials.id
	q := fmt.Sprintf("UPDATE %s SET config = ? WHERE id = ?", "identity_credentials")
	count, err := p.GetConnection(ctx).RawQuery(fmt.Sprintf(
		// refs: sessions sessions.token sessions.nid
		"DELETE FROM %s WHERE token = ? AND nid = ?",
		corp.ContextualizeTableName(ctx, "sessions"),
	), token, nid).ExecWithCount()
	// refs: courier_messages courier_messages.id courier_messages.expires_at
	_ = fmt.Sprintf("DELETE FROM %[1]s WHERE id in (SELECT id FROM %[1]s WHERE expires_at <= ? LIMIT %[2]d)", "courier_messages", limit)
	// the table is a variable: nothing is known
	_ = fmt.Sprintf("DELETE FROM %s WHERE id = ?", table)
	// refs: sessions sessions.active sessions.nid
	_ = "UPDATE sessions SET active = false " +
		"WHERE nid = ?"
	_ = r
}
