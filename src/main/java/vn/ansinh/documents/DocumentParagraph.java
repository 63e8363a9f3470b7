package vn.ansinh.documents;

/** A paragraph with its printed bullet ("-", "+" or none) and its text, figures filled in. */
public record DocumentParagraph(String marker, String text) {

    /** The paragraph as printed: "- text", "+ text", or the text alone. */
    public String line() {
        return marker == null || marker.isEmpty() ? text : marker + " " + text;
    }
}
