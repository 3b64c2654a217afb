import Testing
@testable import RelGraph

/// The sentences of `text` as folded strings.
private func sentences(_ text: String) -> [String] {
    Segmenter().sentences(in: text).map { $0.text(in: text) }
}

/// The paragraph index of each sentence of `text`.
private func paragraphs(_ text: String) -> [Int] {
    Segmenter().sentences(in: text).map(\.paragraph)
}

@Suite struct SegmentationTests {
    // MARK: Sentence ends

    @Test func splitsAtPeriodsQuestionAndExclamationMarks() {
        #expect(sentences("De politie heeft EncroChat gekraakt. Wie zat erachter? Europol spreekt van een doorbraak!")
            == ["De politie heeft EncroChat gekraakt.", "Wie zat erachter?", "Europol spreekt van een doorbraak!"])
    }

    @Test func splitsAtEllipsesAndMixedRuns() {
        #expect(sentences("Wie beheerde de servers?! Niemand weet het… Het parket zwijgt... Tot nu toe.")
            == ["Wie beheerde de servers?!", "Niemand weet het…", "Het parket zwijgt...", "Tot nu toe."])
    }

    @Test func doesNotSplitBeforeLowercaseWords() {
        #expect(sentences("De app kost veel... en toch kochten duizenden criminelen hem. Echt waar?  nee, zegt de politie.")
            == ["De app kost veel... en toch kochten duizenden criminelen hem.", "Echt waar? nee, zegt de politie."])
    }

    @Test func splitsBeforeDigitsAndOpeningQuotes() {
        #expect(sentences("Het netwerk viel in maart. 48 mensen werden opgepakt. “Dit is een klap,” zegt de FGP. ‘Echt.’ (Ook in Gent.) Klaar.")
            == ["Het netwerk viel in maart.", "48 mensen werden opgepakt.", "“Dit is een klap,” zegt de FGP.",
                "‘Echt.’", "(Ook in Gent.)", "Klaar."])
    }

    @Test func splitsAfterClosingQuotesAndBrackets() {
        let text = "“We hebben de server uitgeschakeld,” zegt de woordvoerder. “Het netwerk is dood.” Dit meldt Europol. "
            + "De FGP (Federale Gerechtelijke Politie) las mee.) Daarna \"volgde\" de rest.\" Einde."
        #expect(sentences(text) == [
            "“We hebben de server uitgeschakeld,” zegt de woordvoerder.",
            "“Het netwerk is dood.”",
            "Dit meldt Europol.",
            "De FGP (Federale Gerechtelijke Politie) las mee.)",
            "Daarna \"volgde\" de rest.\"",
            "Einde.",
        ])
    }

    @Test func anOmissionInBracketsEndsNothing() {
        #expect(sentences("“We gebruikten (...) Sky ECC voor alles,” zegt hij.").count == 1)
        #expect(sentences("Hij bevestigde dat [...] Europol meelas. Meer wilde hij niet kwijt.").count == 2)
    }

    // MARK: Abbreviations

    @Test func dutchAbbreviationsDoNotEndSentences() {
        let text = "Volgens dhr. Jansen vond de politie o.a. wapens in woning nr. 12 aan de kade. "
            + "Dat gebeurde ca. 10 uur na de inval, d.w.z. op 9 mrt. De rechter (mevr. Peeters) oordeelt later."
        #expect(sentences(text) == [
            "Volgens dhr. Jansen vond de politie o.a. wapens in woning nr. 12 aan de kade.",
            "Dat gebeurde ca. 10 uur na de inval, d.w.z. op 9 mrt. De rechter (mevr. Peeters) oordeelt later.",
        ])
    }

    @Test func lowercaseAbbreviationsAlsoMatchCapitalisedButNotInCapitals() {
        #expect(sentences("Dhr. Van Leeuw is federaal procureur. Hij sprak met Mevr. Peeters en Prof. Dr. Smit.").count == 2)
        #expect(sentences("Het bedrijf zat in Canada en de VS. De FBI hielp mee. Alles liep via een BV. Die is failliet.")
            == ["Het bedrijf zat in Canada en de VS.", "De FBI hielp mee.", "Alles liep via een BV.", "Die is failliet."])
    }

    @Test func englishAbbreviationsDoNotEndSentences() {
        let text = "Agencies, e.g. Europol and the FBI, took part. Mr. Smith of the NCA said the U.S. Department helped. "
            + "Sky Global Inc. Was not charged at 9 p.m. Monday. The servers were in France."
        #expect(sentences(text) == [
            "Agencies, e.g. Europol and the FBI, took part.",
            "Mr. Smith of the NCA said the U.S. Department helped.",
            "Sky Global Inc. Was not charged at 9 p.m. Monday.",
            "The servers were in France.",
        ])
    }

    @Test func capitalisedAbbreviationsMatchOnlyAsWritten() {
        #expect(sentences("The supplier said no. The police seized No. 7 anyway.")
            == ["The supplier said no.", "The police seized No. 7 anyway."])
    }

    @Test func wordsThatOnlyLookLikeAbbreviationsEndSentences() {
        #expect(sentences("Meer uitleg staat op politie.nl. De site is vernieuwd.").count == 2)
    }

    // MARK: Initials

    @Test func initialsDoNotEndSentencesButTheWordBeforeThemDoes() {
        let text = "Een van de verdachten is Sahil M., advocaat in Antwerpen; de politie viel binnen op zijn kantoor. "
            + "M. zal morgen voor de onderzoeksrechter verschijnen."
        let spans = Segmenter().sentences(in: text)
        #expect(spans.map { $0.text(in: text) } == [
            "Een van de verdachten is Sahil M., advocaat in Antwerpen; de politie viel binnen op zijn kantoor.",
            "M. zal morgen voor de onderzoeksrechter verschijnen.",
        ])
        #expect(Array(text.utf8)[spans[0].range].last == UInt8(ascii: "."))
    }

    @Test func initialsInsideNamesStayInTheSentence() {
        #expect(sentences("The phone was registered to J. R. R. Tolkien in Amsterdam. Police found it.")
            == ["The phone was registered to J. R. R. Tolkien in Amsterdam.", "Police found it."])
        #expect(sentences("Ook stagiair Jawad H., die Sky ECC gebruikte, werd verhoord.").count == 1)
        #expect(sentences("Het dossier van Sahil M. werd gisteren door de FGP overgedragen.").count == 1)
    }

    @Test func anInitialBeforeASentenceOpenerEndsTheSentence() {
        #expect(sentences("De telefoon was van Jawad H. De politie vond hem in Antwerpen.")
            == ["De telefoon was van Jawad H.", "De politie vond hem in Antwerpen."])
        #expect(sentences("The device belonged to Jawad H. He denies it.").count == 2)
        #expect(sentences("Er werd gezocht naar Jawad H. Hij is voortvluchtig.").count == 2)
    }

    @Test func aSurnameParticleIsNoSentenceOpener() {
        #expect(sentences("Het onderzoek wordt geleid door onderzoeksrechter K. De Smet uit Mechelen. Zij zwijgt.")
            == ["Het onderzoek wordt geleid door onderzoeksrechter K. De Smet uit Mechelen.", "Zij zwijgt."])
    }

    @Test func nonASCIIInitialsAndCapitalsAreRecognised() {
        #expect(sentences("Het bericht kwam van É. Dubois uit Luik. Één verdachte ontsnapte.")
            == ["Het bericht kwam van É. Dubois uit Luik.", "Één verdachte ontsnapte."])
    }

    // MARK: Numbers

    @Test func numbersWithPeriodsAndCommasDoNotSplit() {
        let text = "Er werden 1.600 agenten ingezet en klanten betaalden 2.200 euro voor 3,5 maand toegang. "
            + "Het onderzoek loopt sinds 2021. De zaak komt voor in 2024.\n"
        #expect(sentences(text) == [
            "Er werden 1.600 agenten ingezet en klanten betaalden 2.200 euro voor 3,5 maand toegang.",
            "Het onderzoek loopt sinds 2021.",
            "De zaak komt voor in 2024.",
        ])
    }

    // MARK: Paragraphs and headings

    @Test func blankLinesSeparateParagraphs() {
        let text = "Alinea een gaat over EncroChat. Nog een zin.\n \t\u{00A0}\n\n\nAlinea twee gaat over Sky ECC.\n\nDrie."
        #expect(sentences(text) == [
            "Alinea een gaat over EncroChat.", "Nog een zin.", "Alinea twee gaat over Sky ECC.", "Drie.",
        ])
        #expect(paragraphs(text) == [0, 0, 1, 2])
        #expect(Segmenter().sentences(in: text).map(\.index) == [0, 1, 2, 3])
    }

    @Test func aSentenceNeverCrossesAParagraph() {
        #expect(sentences("De politie las mee met\n\nduizenden gebruikers") == ["De politie las mee met", "duizenden gebruikers"])
    }

    @Test func aSingleLineBreakIsWhiteSpace() {
        let text = "De politie las maanden mee.\nDaarna volgde\nEuropol met\n  een verklaring.\nDe rest\nvolgt."
        #expect(sentences(text) == [
            "De politie las maanden mee.", "Daarna volgde Europol met een verklaring.", "De rest volgt.",
        ])
        #expect(paragraphs(text) == [0, 0, 0])
    }

    @Test func anUnpunctuatedFirstLineAboveACapitalIsAHeading() {
        let text = "Cryptotelefoon\nDe politie las maanden mee. Dat meldt het parket.\n\nServer neergehaald\n\nDe server staat in Frankrijk."
        #expect(sentences(text) == [
            "Cryptotelefoon", "De politie las maanden mee.", "Dat meldt het parket.", "Server neergehaald",
            "De server staat in Frankrijk.",
        ])
        #expect(paragraphs(text) == [0, 0, 0, 1, 2])
    }

    @Test func aFirstLineIsNoHeadingWhenPunctuatedOrFollowedByLowercase() {
        #expect(sentences("De politie meldt:\nDe server is offline.").count == 1)
        #expect(sentences("Volgens de politie,\nDie al maanden meelas, is het netwerk dood.").count == 1)
        #expect(sentences("De politie las mee met\nduizenden gebruikers.").count == 1)
        #expect(sentences("3 miljoen berichten per dag (SKY ECC)\n“Wij lazen mee,” zegt de FGP.")
            == ["3 miljoen berichten per dag (SKY ECC)", "“Wij lazen mee,” zegt de FGP."])
    }

    @Test func markdownHeadingsAreParagraphsOfTheirOwn() {
        let text = "# Sky ECC gekraakt\nDe politie las mee. Dat meldt het OM.\n## Reacties ##\nEuropol is tevreden.\n"
            + "#hashtag blijft tekst.\n#\n   ### Laatste nieuws #\n####### Geen kop."
        let spans = Segmenter().sentences(in: text)
        #expect(spans.map { $0.text(in: text) } == [
            "Sky ECC gekraakt", "De politie las mee.", "Dat meldt het OM.", "Reacties",
            "Europol is tevreden. #hashtag blijft tekst.", "Laatste nieuws", "####### Geen kop.",
        ])
        #expect(spans.map(\.paragraph) == [0, 1, 1, 2, 3, 4, 5])
    }

    // MARK: Line ends, white space and ranges

    @Test func crlfLineEndsWorkLikeLineFeeds() {
        let text = "Eerste zin over EncroChat.\r\nTweede\r\nzin.\r\n\r\nNieuwe alinea.\rOok nieuw?\r\rJa."
        #expect(sentences(text) == ["Eerste zin over EncroChat.", "Tweede zin.", "Nieuwe alinea.", "Ook nieuw?", "Ja."])
        #expect(paragraphs(text) == [0, 0, 1, 1, 2])
    }

    @Test func sentenceTextFoldsWhiteSpaceRuns() {
        let text = "  De politie\n   las  mee\u{00A0}met\tEncroChat\u{2009}en\r\nSky ECC.  \n"
        let spans = Segmenter().sentences(in: text)
        #expect(spans.map { $0.text(in: text) } == ["De politie las mee met EncroChat en Sky ECC."])
        #expect(spans.first?.range == 2..<(text.utf8.count - 3))
    }

    @Test func rangesAreUTF8OffsetsAndBothEntryPointsAgree() {
        let text = "Café “De Kroon” werd doorzocht. Één telefoon bleek een SKY ECC-toestel."
        let fromString = Segmenter().sentences(in: text)
        let bytes = Array(text.utf8)
        let fromBytes = bytes.withUnsafeBufferPointer { Segmenter().sentences(in: $0) }
        #expect(fromString == fromBytes)
        #expect(fromString.map { String(decoding: bytes[$0.range], as: UTF8.self) }
            == ["Café “De Kroon” werd doorzocht.", "Één telefoon bleek een SKY ECC-toestel."])
        let folded = bytes.withUnsafeBufferPointer { buffer in fromBytes.map { $0.text(in: buffer) } }
        #expect(folded == fromString.map { $0.text(in: text) })
    }

    @Test func emptyAndWhiteSpaceOnlyInputHasNoSentences() {
        for text in ["", " ", "\n\n", "\r\n \t\u{00A0}\u{3000}\n", "#", "## ##\n", "\u{0}\u{1}\u{7F}"] {
            #expect(Segmenter().sentences(in: text).isEmpty, "\(Array(text.utf8))")
        }
    }

    @Test func controlCharactersAreWhiteSpace() {
        let text = "\u{FEFF}Eerste zin.\u{0}Tweede\u{1}zin.\u{85}Derde zin."
        #expect(sentences(text) == ["Eerste zin.", "Tweede zin.", "Derde zin."])
    }

    @Test func spansOutsideTheTextGiveClampedText() {
        let span = SentenceSpan(range: 3..<400, paragraph: 0, index: 0)
        #expect(span.text(in: "De FGP") == "FGP")
        #expect(SentenceSpan(range: 40..<50, paragraph: 0, index: 0).text(in: "De FGP") == "")
    }
}
