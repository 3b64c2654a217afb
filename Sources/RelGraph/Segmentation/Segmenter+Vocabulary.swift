extension Segmenter {
    /// The words segmentation knows: abbreviations a period after which ends nothing, and the sentence
    /// openers after which an initial's period does end a sentence.
    ///
    /// Words are ASCII and at most eight bytes, so each is packed into a `UInt64` and looked up without
    /// building a string. An abbreviation written in lowercase also matches with a capital first letter
    /// (`dhr.`, `Dhr.`) but not in capitals, which would take acronyms such as `VS` (Verenigde Staten)
    /// or `BV` for abbreviations; one written with a capital matches only as written (`No.`, not `no.`).
    struct Vocabulary: Sendable {
        private var lowercase = IntegerTable()
        private var exactCase = IntegerTable()
        private var openers = IntegerTable()
        private var nameParticles = IntegerTable()
        /// The length of the longest abbreviation, so that longer words are not looked up.
        private var longestAbbreviation = 0

        /// Dutch abbreviations common in news text.
        static let dutchAbbreviations = """
            o.a. dhr. mevr. mr. nr. blz. bijv. bv. ca. enz. etc. jl. resp. vs. m.b.t. i.p.v. t.a.v. e.d. \
            d.w.z. prof. dr. drs. ir. ing. st. jan. feb. mrt. apr. aug. sept. okt. nov. dec. min. max. \
            incl. excl. art. ong. afd. tel.
            """
        /// English abbreviations common in news text.
        static let englishAbbreviations = """
            e.g. i.e. Mr. Mrs. Ms. Dr. Prof. St. Jr. Sr. Inc. Ltd. Co. Corp. vs. etc. approx. No. Gen. \
            Col. Lt. Sgt. Capt. Gov. Sen. Rep. Jan. Feb. Mar. Apr. Aug. Sept. Oct. Nov. Dec.
            """
        /// Words that, capitalised after an initial (`Jawad H. De politie …`), start a new sentence.
        static let sentenceOpeners = """
            De Het Een Hij Zij Ze We Wij Ik Dat Die Dit Deze Er Daar Toen Nu In Op Ook Maar Volgens \
            The He She It They We This That These There In On But According
            """
        /// Openers that are also surname particles: not an opener when a capitalised word follows
        /// (`K. De Smet`).
        static let particleOpeners = "De"

        static let builtIn = Vocabulary(
            abbreviations: words(dutchAbbreviations) + words(englishAbbreviations),
            openers: words(sentenceOpeners),
            nameParticles: words(particleOpeners))

        init(abbreviations: [Substring], openers: [Substring], nameParticles: [Substring]) {
            for word in abbreviations {
                let stem = Array(word.utf8.dropLast(word.hasSuffix(".") ? 1 : 0))
                guard let key = Self.key(stem) else { continue }
                longestAbbreviation = max(longestAbbreviation, stem.count)
                if stem.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
                    exactCase.insert(key)
                } else {
                    lowercase.insert(key)
                }
            }
            for word in openers {
                if let key = Self.key(Array(word.utf8)) { self.openers.insert(key) }
            }
            for word in nameParticles {
                if let key = Self.key(Array(word.utf8)) { self.nameParticles.insert(key) }
            }
        }

        /// Whether `bytes[range]` (a word without its final period) is a known abbreviation.
        func isAbbreviation(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
            guard range.count <= longestAbbreviation, let key = Self.key(bytes, range) else { return false }
            if exactCase.contains(key) { return true }
            let first = key & 0xFF
            return lowercase.contains(first >= 0x41 && first <= 0x5A ? key | 0x20 : key)
        }

        /// Whether `bytes[range]` is a sentence opener, matched exactly.
        func isOpener(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
            Self.key(bytes, range).map(openers.contains) ?? false
        }

        /// Whether `bytes[range]` is an opener that is also a surname particle.
        func isNameParticle(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
            Self.key(bytes, range).map(nameParticles.contains) ?? false
        }

        private static func words(_ list: String) -> [Substring] {
            list.split(whereSeparator: { $0 == " " || $0 == "\n" })
        }

        /// The packed key of a word of 1 to 8 ASCII bytes other than NUL (its first byte lowest), or
        /// `nil` for any other word.
        private static func key(_ bytes: Bytes, _ range: Range<Int>) -> UInt64? {
            guard !range.isEmpty, range.count <= 8, range.lowerBound >= 0, range.upperBound <= bytes.count else {
                return nil
            }
            var key: UInt64 = 0
            var shift: UInt64 = 0
            for position in range {
                let byte = bytes[position]
                guard byte != 0, byte < 0x80 else { return nil }
                key |= UInt64(byte) << shift
                shift += 8
            }
            return key
        }

        private static func key(_ word: [UInt8]) -> UInt64? {
            word.withUnsafeBufferPointer { key(Bytes(buffer: $0), 0..<$0.count) }
        }
    }
}
