-- Approvals in full (issue 22): the review chain, consultations, clock stops the law excludes, extensions,
-- 一次性告知 and 容缺受理, decision documents with their numbers and e-licences.

-- The rules of each kind beside its limit. max_extension_days is now the kind's one extension: 10 working days by
-- default (经本行政机关负责人批准), 核准 up to 40 (企业投资项目核准和备案管理条例 第十条).
ALTER TABLE approval_kind_limit
    ADD COLUMN consultation_days     INT         NOT NULL DEFAULT 7 CHECK (consultation_days BETWEEN 1 AND 60),
    ADD COLUMN consultation_excluded BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN partial_acceptance    BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN government_investment BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN number_prefix         VARCHAR(40) NOT NULL DEFAULT '示发改';
UPDATE approval_kind_limit SET max_extension_days = 10 WHERE kind <> 'APPROVAL';
UPDATE approval_kind_limit SET number_prefix = '示发改投资', government_investment = TRUE WHERE kind = 'PROPOSAL';
UPDATE approval_kind_limit SET number_prefix = '示发改审', government_investment = TRUE, consultation_excluded = TRUE,
                               partial_acceptance = TRUE WHERE kind = 'FEASIBILITY';
UPDATE approval_kind_limit SET number_prefix = '示发改能审', partial_acceptance = TRUE WHERE kind = 'ENERGY_REVIEW';
UPDATE approval_kind_limit SET number_prefix = '示发改设计', government_investment = TRUE, partial_acceptance = TRUE
    WHERE kind = 'PRELIMINARY_DESIGN';
UPDATE approval_kind_limit SET number_prefix = '示发改备' WHERE kind = 'FILING';
UPDATE approval_kind_limit SET number_prefix = '示发改核', consultation_excluded = TRUE, partial_acceptance = TRUE
    WHERE kind = 'APPROVAL';

-- The internal review chain of a kind: steps in order, the role that handles each, and its share of the limit
-- (a step waiting longer than its share turns yellow on its handler's to-do list).
CREATE TABLE approval_kind_step
(
    kind          VARCHAR(30) NOT NULL REFERENCES approval_kind_limit (kind),
    position      INT         NOT NULL CHECK (position BETWEEN 1 AND 10),
    name          VARCHAR(50) NOT NULL,
    role          VARCHAR(20) NOT NULL CHECK (role IN ('STAFF', 'LEADER')),
    share_percent INT         NOT NULL CHECK (share_percent BETWEEN 1 AND 100),
    PRIMARY KEY (kind, position)
);
INSERT INTO approval_kind_step (kind, position, name, role, share_percent)
SELECT k.kind, s.position, s.name, s.role, s.share_percent
FROM approval_kind_limit k
         CROSS JOIN (VALUES (1, '经办人初审', 'STAFF', 40), (2, '科室负责人审核', 'STAFF', 30), (3, '分管领导签发', 'LEADER', 30))
    AS s (position, name, role, share_percent)
WHERE k.kind <> 'FILING';
INSERT INTO approval_kind_step (kind, position, name, role, share_percent) VALUES ('FILING', 1, '经办人办理', 'STAFF', 100);

-- The materials each kind requires (一次性告知 lists the missing ones from here); secondary ones may be missing at a
-- 容缺受理 where the kind allows it.
CREATE TABLE approval_kind_material
(
    kind      VARCHAR(30)  NOT NULL REFERENCES approval_kind_limit (kind),
    position  INT          NOT NULL,
    name      VARCHAR(200) NOT NULL,
    secondary BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (kind, position)
);
INSERT INTO approval_kind_material (kind, position, name, secondary) VALUES
    ('PROPOSAL', 1, '项目建议书审批申请文件', FALSE),
    ('PROPOSAL', 2, '项目建议书（含投资估算和资金来源）', FALSE),
    ('PROPOSAL', 3, '项目单位法人证书或营业执照复印件', FALSE),
    ('PROPOSAL', 4, '行业主管部门意见', TRUE),
    ('PROPOSAL', 5, '项目选址示意图', TRUE),
    ('FEASIBILITY', 1, '可行性研究报告审批申请文件', FALSE),
    ('FEASIBILITY', 2, '可行性研究报告（含节能、社会稳定风险分析篇章）', FALSE),
    ('FEASIBILITY', 3, '项目建议书批复文件', FALSE),
    ('FEASIBILITY', 4, '用地预审与选址意见书', TRUE),
    ('FEASIBILITY', 5, '环境影响评价审批文件', TRUE),
    ('FEASIBILITY', 6, '社会稳定风险评估报告及审核意见', TRUE),
    ('ENERGY_REVIEW', 1, '节能审查申请文件', FALSE),
    ('ENERGY_REVIEW', 2, '节能报告', FALSE),
    ('ENERGY_REVIEW', 3, '项目备案或核准文件', FALSE),
    ('ENERGY_REVIEW', 4, '能源消费量测算依据及说明', TRUE),
    ('PRELIMINARY_DESIGN', 1, '初步设计审批申请文件', FALSE),
    ('PRELIMINARY_DESIGN', 2, '初步设计文件及概算书', FALSE),
    ('PRELIMINARY_DESIGN', 3, '可行性研究报告批复文件', FALSE),
    ('PRELIMINARY_DESIGN', 4, '初步设计评审意见', TRUE),
    ('PRELIMINARY_DESIGN', 5, '建设用地规划许可证', TRUE),
    ('FILING', 1, '企业投资项目备案信息表', FALSE),
    ('FILING', 2, '企业营业执照复印件', FALSE),
    ('FILING', 3, '项目信息真实性承诺书', FALSE),
    ('APPROVAL', 1, '项目核准申请报告', FALSE),
    ('APPROVAL', 2, '用地预审与选址意见书', FALSE),
    ('APPROVAL', 3, '企业营业执照复印件', FALSE),
    ('APPROVAL', 4, '社会稳定风险评估报告', TRUE),
    ('APPROVAL', 5, '节能审查意见', TRUE),
    ('APPROVAL', 6, '法律法规规定应当提交的其他文件', TRUE);

-- On the application: its copy of the kind's review chain at acceptance ("1|经办人初审|STAFF|40;…"), the project's total investment (万元, for the public-notice rule and the documents), the
-- extension request, 容缺's promise, the decision's draft awaiting the leader's signature, and the time excluded from
-- the limit as stored when decided (elapsed = counted + excluded, working minutes).
ALTER TABLE approval_application
    ADD COLUMN total_investment          NUMERIC(18, 4),
    ADD COLUMN review_chain              TEXT,
    ADD COLUMN public_notice_required    BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN extension_requested_days  INT,
    ADD COLUMN extension_requested_at    TIMESTAMP,
    ADD COLUMN extension_requested_by    VARCHAR(50),
    ADD COLUMN extension_request_reason  TEXT,
    ADD COLUMN extension_approved_at     TIMESTAMP,
    ADD COLUMN promised_by               DATE,
    ADD COLUMN draft_approved            BOOLEAN,
    ADD COLUMN draft_reason              TEXT,
    ADD COLUMN draft_consultation_note   TEXT,
    ADD COLUMN drafted_at                TIMESTAMP,
    ADD COLUMN drafted_by                VARCHAR(50),
    ADD COLUMN excluded_minutes          BIGINT,
    ADD COLUMN elapsed_minutes           BIGINT,
    ADD COLUMN clock_stopped_at          TIMESTAMP;
-- clock_stopped_at: when the running clock last stopped (补正 or a stop), so a list reads a stopped clock from its row.
UPDATE approval_application a SET clock_stopped_at = s.started_at
FROM approval_suspension s WHERE s.application_id = a.id AND s.ended_at IS NULL AND a.status = 'SUSPENDED';
ALTER TABLE approval_application DROP CONSTRAINT IF EXISTS approval_application_status_check;
ALTER TABLE approval_application ADD CONSTRAINT approval_application_status_check
    CHECK (status IN ('RECEIVED', 'ACCEPTED', 'SUSPENDED', 'STOPPED', 'APPROVED', 'REJECTED', 'REFUSED', 'WITHDRAWN'));

-- Clock stops the law excludes from the limit (技术评估, 专家评议, 征求意见 where the kind says so, 听证/公示).
CREATE TABLE approval_clock_stop
(
    id                BIGSERIAL PRIMARY KEY,
    application_id    BIGINT      NOT NULL REFERENCES approval_application (id),
    kind              VARCHAR(30) NOT NULL CHECK (kind IN ('TECHNICAL_ASSESSMENT', 'EXPERT_REVIEW', 'CONSULTATION', 'PUBLIC_NOTICE')),
    started_at        TIMESTAMP   NOT NULL,
    started_by        VARCHAR(50) NOT NULL,
    reason            TEXT        NOT NULL,
    start_document_id BIGINT REFERENCES approval_document (id),
    ended_at          TIMESTAMP,
    ended_by          VARCHAR(50),
    end_document_id   BIGINT REFERENCES approval_document (id),
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX approval_clock_stop_application_idx ON approval_clock_stop (application_id);

-- The review chain of one application: one row per step taken (a return opens the earlier step again).
-- over_share_at: while the step is open, the moment its counted working time exceeds its share of the limit,
-- computed by the application (NULL while the clock is stopped short of it).
CREATE TABLE approval_review_step
(
    id             BIGSERIAL PRIMARY KEY,
    application_id BIGINT      NOT NULL REFERENCES approval_application (id),
    position       INT         NOT NULL,
    name           VARCHAR(50) NOT NULL,
    role           VARCHAR(20) NOT NULL,
    share_percent  INT         NOT NULL,
    assignee       VARCHAR(50),
    started_at     TIMESTAMP   NOT NULL,
    over_share_at  TIMESTAMP,
    finished_at    TIMESTAMP,
    reviewer       VARCHAR(50),
    decision       VARCHAR(10) CHECK (decision IN ('PASS', 'RETURN')),
    opinion        TEXT,
    returned_to    INT
);
CREATE INDEX approval_review_step_application_idx ON approval_review_step (application_id);
CREATE INDEX approval_review_step_open_idx ON approval_review_step (over_share_at) WHERE finished_at IS NULL;

-- 征求意见 / 并联: inside (a department of the platform answers) or outside (the officer records the answer).
CREATE TABLE approval_consultation
(
    id              BIGSERIAL PRIMARY KEY,
    application_id  BIGINT       NOT NULL REFERENCES approval_application (id),
    department_id   BIGINT,
    department_name VARCHAR(100) NOT NULL,
    sent_at         TIMESTAMP    NOT NULL,
    sent_by         VARCHAR(50)  NOT NULL,
    working_days    INT          NOT NULL CHECK (working_days BETWEEN 1 AND 60),
    due_at          TIMESTAMP    NOT NULL,
    answered_at     TIMESTAMP,
    answered_by     VARCHAR(50),
    answer          TEXT,
    document_id     BIGINT REFERENCES approval_document (id)
);
CREATE INDEX approval_consultation_application_idx ON approval_consultation (application_id);
CREATE INDEX approval_consultation_open_idx ON approval_consultation (department_id) WHERE answered_at IS NULL;

-- 容缺受理: secondary materials accepted as missing, with the applicant's promised date.
CREATE TABLE approval_missing_document
(
    id             BIGSERIAL PRIMARY KEY,
    application_id BIGINT       NOT NULL REFERENCES approval_application (id),
    name           VARCHAR(200) NOT NULL,
    promised_by    DATE         NOT NULL,
    supplied_at    TIMESTAMP,
    supplied_by    VARCHAR(50),
    document_id    BIGINT REFERENCES approval_document (id)
);
CREATE INDEX approval_missing_document_application_idx ON approval_missing_document (application_id);
CREATE INDEX approval_missing_document_open_idx ON approval_missing_document (promised_by) WHERE supplied_at IS NULL;

-- 一次性告知书: every missing item at once, when refusing or asking for more documents.
CREATE TABLE approval_notice
(
    id             BIGSERIAL PRIMARY KEY,
    application_id BIGINT      NOT NULL REFERENCES approval_application (id),
    kind           VARCHAR(20) NOT NULL CHECK (kind IN ('SUPPLEMENT', 'REFUSAL')),
    issued_at      TIMESTAMP   NOT NULL,
    issued_by      VARCHAR(50) NOT NULL,
    items          TEXT        NOT NULL,
    note           TEXT
);
CREATE INDEX approval_notice_application_idx ON approval_notice (application_id);

-- Decision document numbers: one sequence per kind and year (示发改投资〔2024〕12号), taken under the row's lock.
CREATE TABLE approval_number_sequence
(
    kind       VARCHAR(30) NOT NULL,
    year       INT         NOT NULL,
    last_value INT         NOT NULL,
    PRIMARY KEY (kind, year)
);

-- 电子证照: one per signed decision, with the public verification code its QR code carries.
CREATE TABLE approval_e_licence
(
    id                BIGSERIAL PRIMARY KEY,
    application_id    BIGINT       NOT NULL UNIQUE REFERENCES approval_application (id),
    verification_code VARCHAR(20)  NOT NULL UNIQUE,
    document_name     VARCHAR(100) NOT NULL,
    document_number   VARCHAR(100) NOT NULL UNIQUE,
    approved          BOOLEAN      NOT NULL,
    holder_name       VARCHAR(200) NOT NULL,
    project_title     VARCHAR(300) NOT NULL,
    issued_on         DATE         NOT NULL,
    valid_to          DATE         NOT NULL,
    signed_by         VARCHAR(50)  NOT NULL,
    revoked_at        TIMESTAMP,
    revoked_by        VARCHAR(50),
    revoke_reason     TEXT
);
