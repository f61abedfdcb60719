/// What a numbered (or captioned) figure, table or equation shows: "Рисунок 2.3. Caption".
struct Caption: Hashable, Sendable {
    /// The label it is referred to by (`fig-relu`), also its element's `id`.
    var label: String?
    /// `2.3`: the lesson's position in reading order and the count within the lesson.
    var number: String?
    /// The author's caption (or, for a figure without one, the figure's own title).
    var text: String?

    /// "Рисунок 2.3. Caption", "Рисунок 2.3", or the caption alone when there is no number.
    func line(_ word: String) -> String {
        guard let number else { return text ?? "" }
        let head = "\(word) \(number)"
        guard let text, !text.isEmpty else { return head }
        return head + ". " + text
    }
}

/// The words references and captions are written with, in the book's language. "Figure" is the
/// interface string the pages always had; "Table" and "Exercise" join it here until they move into
/// `InterfaceStrings` (kept apart for now so concurrent changes there merge easily).
struct ReferenceWords: Sendable {
    var figure: String
    var table: String
    var exercise: String
    /// The book's language tag, for sentences with a slot (`ExplorableFigureSVG.note`).
    var language: String

    init(strings: InterfaceStrings, language: String) {
        figure = strings.figure
        self.language = language
        let russian = language.split(separator: "-").first?.lowercased() == "ru"
        table = russian ? "Таблица" : "Table"
        exercise = russian ? "Упражнение" : "Exercise"
    }

    static let english = ReferenceWords(strings: .english, language: "en")

    /// "Рисунок 2.3" for a figure, "(4.1)" for an equation; nil for a section (its title is used).
    func text(_ kind: LabelKind, number: String) -> String {
        switch kind {
        case .fig: "\(figure) \(number)"
        case .tbl: "\(table) \(number)"
        case .exr: "\(exercise) \(number)"
        case .eq: "(\(number))"
        case .sec: number
        }
    }
}
