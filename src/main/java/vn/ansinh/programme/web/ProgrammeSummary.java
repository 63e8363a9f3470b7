package vn.ansinh.programme.web;

/** A programme as the API lists it; an unpublished one (a draft) is listed to administrators only. */
record ProgrammeSummary(long id, int year, String title, UnitSummary coordinatingUnit, DocumentSummary document,
        boolean published) {

    record UnitSummary(long id, String code, String kind, String name) {
    }

    record DocumentSummary(String number, String symbol, Integer day, Integer month, int year) {
    }
}
