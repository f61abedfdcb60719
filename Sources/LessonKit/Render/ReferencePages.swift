/// One page per activation function of the library, generated from its registry.
struct ReferencePages {
    /// An activation listed on the index pages.
    struct Entry {
        var name: String
        var slug: String
    }

    let site: SiteConfig
    let strings: InterfaceStrings
    let layout: HTMLLayout

    var entries: [Entry] { [] }

    func files() -> [(String, [UInt8])] { [] }
}
