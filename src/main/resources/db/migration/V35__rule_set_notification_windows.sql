-- GOV-04's notification windows per severity, as a rule set's optional notification_windows column gives them
-- on GOV-04's row ("Critical 24 h; High 72 h; Medium 7 days; Low 7 days"). Empty: CamWarden's defaults, which
-- are the windows every version adopted before this column existed was decided with.
ALTER TABLE rule_set_check ADD COLUMN notification_windows VARCHAR;
