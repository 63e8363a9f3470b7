package vn.ansinh.documents;

import java.util.List;

/** A section of the document: its heading, its paragraphs, then its subsections. */
public record DocumentSection(String heading, List<DocumentParagraph> paragraphs, List<DocumentSection> sections) {
}
