-- device_owner_mac duplicated what two other indexes already give: device_mac answers every lookup by MAC
-- (the importer and the uniqueness check look MACs up in IN lists, the owner then filters a handful of rows),
-- and device_owner_serial's leading column serves queries by owner (scopes, counts). Each index costs every
-- insert and update of a device; bulk import writes 100,000 rows at a time.
DROP INDEX IF EXISTS device_owner_mac;
