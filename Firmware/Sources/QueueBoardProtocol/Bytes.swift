/// A fixed-capacity byte buffer: the protocol never allocates, so it runs on the board without a heap.
public struct Bytes<let capacity: Int>: Sendable {
    @usableFromInline var storage: InlineArray<capacity, UInt8>
    /// How many bytes are in use, from the start.
    public private(set) var count: Int

    /// An empty buffer.
    public init() {
        storage = InlineArray(repeating: 0)
        count = 0
    }

    /// The byte at `index`, which must be below `count`.
    public subscript(index: Int) -> UInt8 {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    /// Whether another byte fits.
    public var isFull: Bool { count >= capacity }

    /// Appends a byte; returns false (and keeps the buffer as it was) when it is full.
    @discardableResult
    public mutating func append(_ byte: UInt8) -> Bool {
        guard count < capacity else { return false }
        storage[count] = byte
        count += 1
        return true
    }

    /// Empties the buffer.
    public mutating func removeAll() { count = 0 }

    /// Shortens the buffer to its first `newCount` bytes.
    public mutating func truncate(to newCount: Int) {
        if newCount < count { count = max(0, newCount) }
    }

    /// Whether both buffers hold the same bytes.
    public func hasSameBytes<let other: Int>(as buffer: Bytes<other>) -> Bool {
        guard count == buffer.count else { return false }
        var index = 0
        while index < count {
            if storage[index] != buffer[index] { return false }
            index += 1
        }
        return true
    }
}
