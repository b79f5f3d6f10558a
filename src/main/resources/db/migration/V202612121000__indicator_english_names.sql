-- The catalogue's English names: an English reader sees them on pages, exports, charts and APIs (blank: the Chinese name);
-- the Chinese brief and documents keep the Chinese name. Seeded for the standard indicators; admins edit the rest.
ALTER TABLE indicator ADD COLUMN name_en VARCHAR(100) NOT NULL DEFAULT '';

UPDATE indicator SET name_en = v.name_en
FROM (VALUES ('GDP', 'Gross regional product'),
             ('IND_VA', 'Value added of industry above designated size'),
             ('IND_OUTPUT', 'Gross output of industry above designated size'),
             ('FAI', 'Fixed-asset investment'),
             ('FAI_CONSTR', 'Construction and installation investment'),
             ('FAI_INDUSTRY', 'Industrial investment'),
             ('RETAIL', 'Total retail sales of consumer goods'),
             ('BUDGET_REV', 'General public budget revenue'),
             ('TAX_REV', 'Tax revenue'),
             ('BUDGET_EXP', 'General public budget expenditure'),
             ('TRADE', 'Total imports and exports'),
             ('FDI', 'Foreign direct investment actually used'),
             ('INCOME', 'Per capita disposable income of residents'),
             ('SERVICE_REV', 'Operating revenue of services above designated size')) AS v(code, name_en)
WHERE indicator.code = v.code AND indicator.name_en = '';
