import Testing

@testable import Chancery

@Suite("ArchivePageReader")
struct ArchivePageReaderTests {
    let reader = ArchivePageReader()

    func read(_ fixture: String) throws -> Document {
        try reader.read(bytes: try Fixture.bytes(fixture), path: fixture)
    }

    @Test("the seed: title, date, body, footnotes, summary, fields, residue")
    func seed() throws {
        let document = try reader.read(bytes: Array(try Fixture.bytesOfFile(Fixture.seedPath)), path: "seed.txt")
        #expect(document.layout == .catalogue)
        #expect(document.archiveDate?.text == "March 11, 1952")
        #expect(document.title?.text.hasPrefix("Cable from Mao Zedong to Stalin, 'Request that") == true)
        let body = try #require(document.body?.text)
        #expect(body.hasPrefix("Request that the Soviet Union Dispatch an Air Division"))
        #expect(body.contains("Comrade Filippov:[2]"))
        #expect(body.hasSuffix("11 March [1952]"))
        for residue in ["Skip to content", "Related Documents", "welcomes reuse", "Record ID", "Mao's request to the USSR"] {
            #expect(!body.contains(residue), "body holds \(residue)")
        }
        #expect(document.footnotes.map(\.marker) == ["1", "2", "3"])
        #expect(document.footnotes[1].content.text == "Filippov is Stalin.")
        #expect(document.summary?.text == "Mao's request to the USSR to dispatch an air division to Northeast China.")
        #expect(document.field(.source)?.text.hasPrefix("Zhonggong zhongyang wenxian yanjiushi") == true)
        #expect(document.field(.translator)?.text == "Charles Kraus")
        #expect(document.field(.rights)?.text.contains("welcomes reuse") == true)
        #expect(document.recordID?.isEmpty ?? true)
        #expect(document.id.hasPrefix("sha256:"))
        #expect(document.residue.contains { $0.kind == .navigation && $0.section.text == "Skip to content" })
    }

    @Test("spans point at the source: every section's text is the source at its span")
    func spans() throws {
        let document = try reader.read(bytes: try Fixture.bytesOfFile(Fixture.seedPath), path: "seed.txt")
        var sections = [document.title, document.archiveDate, document.body, document.summary].compactMap { $0 }
        sections += document.footnotes.flatMap { [$0.section, $0.content] } + document.fields.map(\.value)
        for section in sections {
            #expect(document.text(section.span) == section.text)
        }
    }

    @Test("editorial brackets are kept in the text and marked by kind")
    func brackets() throws {
        let document = try reader.read(bytes: try Fixture.bytesOfFile(Fixture.seedPath), path: "seed.txt")
        let insertions = document.brackets.filter { $0.kind == .insertion }.map(\.content)
        #expect(insertions == ["into our territory", "we", "I", "the regiments", "to me", "1952"])
        #expect(document.brackets.filter { $0.kind == .footnoteMarker }.count == 6)
        let telegram = try read("pages/catalogue-telegram.txt")
        #expect(telegram.brackets.contains { $0.kind == .elision && $0.content == "..." })
        #expect(telegram.brackets.contains { $0.kind == .insertion && $0.content == "Stalin" })
    }

    @Test("a catalogue page with telegram furniture and labelled fields")
    func catalogueTelegram() throws {
        let document = try read("pages/catalogue-telegram.txt")
        #expect(document.layout == .catalogue)
        #expect(document.title?.text == "Ciphered Telegram No. 709, Filippov [Stalin] to Krasovsky, for Mao Zedong")
        #expect(document.archiveDate?.text == "February 3, 1952")
        #expect(document.body?.text.contains("TO KRASOVSKY") == true)
        #expect(document.body?.text.contains("Author(s)") == false)
        #expect(document.summary?.text.hasPrefix("Stalin agrees with Mao") == true)
        #expect(document.footnotes.isEmpty)
        #expect(document.recordID == "113636")
        #expect(document.id == "record:113636")
        #expect(document.typeLabel == "Telegram")
        #expect(document.field(.language)?.text == "Russian")
        #expect(document.field(.originalUploadedDate)?.text == "2011-11-20")
        #expect(document.field(.translator)?.text == "Helen Marsh")
        let rights = try #require(document.field(.rights)?.text)
        #expect(rights.contains("welcomes reuse") && rights.contains("To enquire"))
        #expect(document.blocks.first?.language == "ru")
    }

    @Test("a bilingual citation page is one document with two language blocks")
    func citationBilingual() throws {
        let document = try read("pages/citation-bilingual.txt")
        #expect(document.layout == .citation)
        #expect(document.title?.text == "CABLE, FILIPPOV (STALIN) TO MAO ZEDONG")
        #expect(document.archiveDate?.text == "March 12, 1952")
        #expect(document.recordID == "123148")
        #expect(document.summary?.text.hasPrefix("Stalin answers Mao") == true)
        #expect(document.field(.translator)?.text == "Ruth Calder")
        #expect(document.blocks.map(\.language) == ["en", "ru"])
        #expect(document.blocks[0].body?.text.hasPrefix("To Comrade MAO ZEDONG.") == true)
        #expect(document.blocks[0].footnotes.map(\.content.text) == ["The division was stationed at Anshan."])
        #expect(document.blocks[1].body?.text.contains("ФИЛИППОВ") == true)
        #expect(document.blocks[1].body?.text.contains("Document Information") == false)
        #expect(document.typeLabel == "Cable")
        #expect(document.residue.contains { $0.kind == .controls })
    }

    @Test(
        "a search-result listing gives one entry per document",
        arguments: [
            ("pages/listing-results.txt", 4, "Ciphered telegram, Zhou Enlai to Filippov [Stalin]"),
            ("pages/listing-bullets.txt", 2, "Ciphered Telegram No. 3446, Filippov [Stalin] to Krasovsky, for Cde. Mao Zedong"),
        ])
    func listing(fixture: String, count: Int, firstTitle: String) throws {
        let document = try read(fixture)
        #expect(document.layout == .listing)
        #expect(document.entries.count == count)
        #expect(document.entries.first?.title.text == firstTitle)
        #expect(document.entries.allSatisfy { DateScanner.wholeDate($0.date.text) != nil })
        #expect(document.entries.allSatisfy { $0.summary != nil })
        #expect(document.entries.allSatisfy { !($0.summary?.text.contains("\u{2022}") ?? false) })
    }

    @Test("plain text without the archive's furniture is one body")
    func plain() throws {
        let document = try read("pages/plain-letter.txt")
        #expect(document.layout == .plain)
        #expect(document.title == nil)
        #expect(document.body?.text.hasPrefix("Moscow, 8 October 1950") == true)
        #expect(document.body?.text.hasSuffix("Feng Xi") == true)
    }

    @Test("Windows line endings read the same as Unix ones")
    func crlf() throws {
        let unix = try Fixture.bytesOfFile(Fixture.seedPath)
        var windows: [UInt8] = []
        for byte in unix {
            if byte == 0x0A { windows.append(0x0D) }
            windows.append(byte)
        }
        let a = try reader.read(bytes: unix, path: "a")
        let b = try reader.read(bytes: windows, path: "b")
        #expect(a.title?.text == b.title?.text)
        #expect(a.footnotes.map(\.content.text) == b.footnotes.map(\.content.text))
        #expect(a.summary?.text == b.summary?.text)
    }

    @Test("bad files give errors that name the file and line")
    func badFiles() {
        #expect(throws: DocumentError.empty(path: "e.txt")) { try reader.read(bytes: Array("  \n\n".utf8), path: "e.txt") }
        #expect(throws: DocumentError.binary(path: "b.bin", line: 2, byteOffset: 4)) {
            try reader.read(bytes: [0x61, 0x62, 0x0A, 0x63, 0x00, 0x64], path: "b.bin")
        }
        #expect(throws: DocumentError.notUTF8(path: "l.txt", line: 3, byteOffset: 9)) {
            try reader.read(bytes: Array("one\ntwo\nt".utf8) + [0xE9, 0x74, 0x65], path: "l.txt")
        }
        #expect(DocumentError.notUTF8(path: "l.txt", line: 3, byteOffset: 9).description.hasPrefix("l.txt:3: not UTF-8"))
    }
}
