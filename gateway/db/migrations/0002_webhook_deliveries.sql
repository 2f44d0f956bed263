-- GitHub webhook deliveries already received: a delivery (or a redelivery of it) is acted on once.
CREATE TABLE gateway_deliveries (
  id text PRIMARY KEY,
  received_at timestamptz NOT NULL DEFAULT now()
);
