-- shipped in v1.0.0: history, so its hazard is not reported again
CREATE INDEX customers_email_idx ON customers (email);
