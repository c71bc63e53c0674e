import GRDB

extension DraftStore {
    /// A terminal setting kept with the drafts (e.g. the last form-list check); nil when unset.
    public func setting(_ key: String) throws(StoreError) -> String? {
        try read("read setting") { db in
            try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key])
        }
    }

    /// Sets (or, with nil, removes) a setting.
    public func setSetting(_ key: String, to value: String?) throws(StoreError) {
        try write("write setting") { db in
            if let value {
                try db.execute(
                    sql:
                        "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    arguments: [key, value])
            } else {
                try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [key])
            }
        }
    }
}
