-- The red list's detail an application recorded is a message key with arguments (org.fagai.shared.StoredText), so it
-- reads in the reader's language; the two fixed sentences and a single entry written before are mapped, the rest kept.
UPDATE approval_application SET red_list_detail = '§credit.redList.detail.notListed' WHERE red_list_detail = '未列入守信激励对象名单';
UPDATE approval_application SET red_list_detail = '§credit.redList.detail.suspended' WHERE red_list_detail = '列入失信名单期间，守信激励暂停';
UPDATE approval_application
SET red_list_detail = '§credit.redList.detail.listed|§credit.redList.detail.entry\|'
    || (regexp_match(red_list_detail, '^守信激励对象：([^；（|\\#]*)（([^；|\\]*)，至 (\d{4}-\d{2}-\d{2})）$'))[1] || '\|'
    || (regexp_match(red_list_detail, '^守信激励对象：([^；（|\\#]*)（([^；|\\]*)，至 (\d{4}-\d{2}-\d{2})）$'))[2] || '\|'
    || (regexp_match(red_list_detail, '^守信激励对象：([^；（|\\#]*)（([^；|\\]*)，至 (\d{4}-\d{2}-\d{2})）$'))[3]
WHERE red_list_detail ~ '^守信激励对象：[^；（|\\#]*（[^；|\\]*，至 \d{4}-\d{2}-\d{2}）$';
