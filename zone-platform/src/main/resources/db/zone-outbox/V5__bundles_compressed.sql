-- A bundle's payload_bytes is now compressed (payload_compression = 'lz4': an LZ4 block, prefixed with its length
-- uncompressed as lz4-java's LZ4CompressorWithLength writes it). The JSON of a thousand events of one import
-- shrinks about sixfold, and with it what a transaction writes to the database and what the relay reads back and
-- deletes. Rows stored before have no compression and are read as they are.
ALTER TABLE zone_outbox ADD COLUMN payload_compression VARCHAR(16);
