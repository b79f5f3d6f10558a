-- 双公示按时公示率 is read from the credit module's disclosures (their decision dates and publication against the 7
-- working days each record stored), like the approval indicators: entered values only fill counties without records.
UPDATE be_indicator SET source = 'DISCLOSURE_ON_TIME' WHERE code = 'E1601' AND source = 'ENTERED';
