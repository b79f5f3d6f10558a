-- 督办: in-app notifications (the bell; reminders and other modules' messages), optional e-mail, 通知公告, evidence files.

-- One notification per recipient and key: a reminder or message sent twice (two runs, two instances) is stored once.
CREATE TABLE supervision_notification
(
  id           BIGSERIAL PRIMARY KEY,
  recipient_id BIGINT        NOT NULL,
  dedupe_key   VARCHAR(100)  NOT NULL,
  kind         VARCHAR(40)   NOT NULL,
  title        VARCHAR(300)  NOT NULL,
  body         VARCHAR(2000),
  link         VARCHAR(300),
  created_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
  read_at      TIMESTAMPTZ,
  -- NONE: no e-mail (SMTP not configured or no address); PENDING: to send; SENT; FAILED after the last attempt.
  mail_status  VARCHAR(10)   NOT NULL DEFAULT 'NONE',
  mail_to      VARCHAR(200),
  mail_tries   INT           NOT NULL DEFAULT 0,
  mailed_at    TIMESTAMPTZ,
  CONSTRAINT supervision_notification_once UNIQUE (recipient_id, dedupe_key)
);
CREATE INDEX supervision_notification_recipient_idx ON supervision_notification (recipient_id, id DESC);
CREATE INDEX supervision_notification_unread_idx ON supervision_notification (recipient_id) WHERE read_at IS NULL;
CREATE INDEX supervision_notification_mail_idx ON supervision_notification (id) WHERE mail_status = 'PENDING';

-- A user's e-mail address for reminders, given on the notifications page (used only when SMTP is configured).
CREATE TABLE supervision_mail_address
(
  user_id    BIGINT       PRIMARY KEY,
  email      VARCHAR(200) NOT NULL,
  updated_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- 通知公告: published to roles and/or regions; the audience is resolved once, at publication, with each one's read time.
CREATE TABLE supervision_notice
(
  id                BIGSERIAL PRIMARY KEY,
  title             VARCHAR(200)  NOT NULL,
  body              VARCHAR(4000) NOT NULL,
  roles             VARCHAR(20)[] NOT NULL DEFAULT '{}',
  region_codes      VARCHAR(6)[]  NOT NULL DEFAULT '{}',
  publisher_id      BIGINT        NOT NULL,
  publisher_name    VARCHAR(100)  NOT NULL,
  publisher_region  VARCHAR(6)    NOT NULL,
  published_at      TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX supervision_notice_published_idx ON supervision_notice (published_at DESC, id DESC);

CREATE TABLE supervision_notice_recipient
(
  notice_id BIGINT      NOT NULL REFERENCES supervision_notice (id),
  user_id   BIGINT      NOT NULL,
  read_at   TIMESTAMPTZ,
  PRIMARY KEY (notice_id, user_id)
);
CREATE INDEX supervision_notice_recipient_user_idx ON supervision_notice_recipient (user_id, notice_id DESC);

-- Evidence files of 申请办结, checked by content and size, stored in the database like approval documents.
CREATE TABLE supervision_evidence
(
  id           BIGSERIAL PRIMARY KEY,
  item_id      BIGINT       NOT NULL REFERENCES supervision_item (id),
  file_name    VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       VARCHAR(64)  NOT NULL,
  content      BYTEA        NOT NULL,
  uploaded_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
  uploaded_by  VARCHAR(50)  NOT NULL
);
CREATE INDEX supervision_evidence_item_idx ON supervision_evidence (item_id);
ALTER TABLE supervision_item ADD COLUMN evidence_files INT NOT NULL DEFAULT 0;
