import QueueBoardProtocol
import Testing

@Suite struct SevenSegmentTests {
    @Test func lettersAndDigitsAreAllShownAndTellApart() {
        let characters = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
        let masks = characters.map(SevenSegment.mask)
        #expect(masks.allSatisfy { $0 != 0 && $0 & SevenSegment.dot == 0 })
        #expect(Set(masks).count == characters.count, "two characters share a shape")
        #expect(Array("abcxyz".utf8).map(SevenSegment.mask) == Array("ABCXYZ".utf8).map(SevenSegment.mask))
    }

    @Test func digitsHaveTheirUsualShapes() {
        #expect(SevenSegment.mask(0x38) == 0x7F)  // 8: all but the point
        #expect(SevenSegment.mask(0x31) == SevenSegment.b | SevenSegment.c)
        #expect(SevenSegment.mask(0x2D) == SevenSegment.g)
        #expect(DigitText(0x31, 0x32, 0x33, 0x34).segments == 0x065B_4F66)
    }

    @Test func unknownCharactersAreRefused() {
        #expect(!SevenSegment.isDisplayable(0x21))  // !
        #expect(!SevenSegment.isDisplayable(0xC3))  // UTF-8 lead byte
        #expect(SevenSegment.isDisplayable(0x20))
        #expect(!DigitText(0x41, 0x21, 0x31, 0x32).isDisplayable)
    }
}
