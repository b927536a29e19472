package session

import "time"

// Session is stored in the sessions table. Not a field: Nonce string `db:"nonce"`
type Session struct {
	// expect: sessions.id EXACT
	ID uuid.UUID `json:"id" faker:"-" db:"id"`
	// expect: sessions.logout_token EXACT
	LogoutToken string `json:"-" db:"logout_token"`
	/* Legacy string `db:"legacy"` */
	// expect: sessions.expires_at EXACT
	ExpiresAt time.Time `json:"expires_at" db:"expires_at,omitempty"`
	Identity *identity.Identity `json:"identity" faker:"identity" db:"-"`
	Devices  []Device `json:"devices" has_many:"session_devices" faker:"-"`
	Untagged string
	// expect: sessions.nid EXACT
	NID, Other uuid.UUID `json:"-"  faker:"-" db:"nid"`
	ChallengeParams
	*NotHere `db:"-"`
}

func (s Session) TableName(ctx context.Context) string {
	// expect: sessions EXACT
	return "sessions"
}

type (
	// expect: login_flows LIKELY
	LoginFlow struct {
		// expect: login_flows.request_url LIKELY
		RequestURL string `db:"request_url"`
		// expect: login_flows.oauth2_login_challenge LIKELY
		Challenge sqlxx.NullString `gorm:"column:oauth2_login_challenge;type:text"`
		Meta struct {
			Inner string `db:"inner_should_not_count"`
		// expect: login_flows.meta LIKELY
		} `db:"meta"`
		Skip string `gorm:"-"`
	}

	notAModel struct {
		A string `json:"a"`
	}

	// embedded below: its columns belong to the embedding struct's table, it is no table itself
	ChallengeParams struct {
		// expect: sessions.oauth2_login_challenge EXACT
		Challenge string `db:"oauth2_login_challenge"`
	}
)

func (p *RecoveryAddress) TableName() string {
	// expect: identity_recovery_addresses EXACT
	return "identity_recovery_addresses"
}

// expect: device_entries LIKELY
// expect: device_entries.id LIKELY
// expect: device_entries.ip_address LIKELY
type DeviceEntry struct { ID string `db:"id"`; IP string `db:"ip_address"` }

func helper() string {
	return "not_a_table"
}
