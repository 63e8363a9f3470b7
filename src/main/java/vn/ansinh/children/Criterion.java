package vn.ansinh.children;

/** One criterion of a child-friendly commune: its code in its set, and its name in Vietnamese and English. */
public record Criterion(String code, String nameVi, String nameEn) {

    /** The name in the reader's language: Vietnamese unless they read English. */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
