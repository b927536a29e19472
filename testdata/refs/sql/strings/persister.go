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
	q := fmt.Sprintf("UPDATE %s SET config = ? WHERE id = ?", "identity_credentials")
	// refs: sessions sessions.active sessions.nid
	_ = "UPDATE sessions SET active = false " +
		"WHERE nid = ?"
	_ = r
}
