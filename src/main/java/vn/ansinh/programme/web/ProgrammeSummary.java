package vn.ansinh.programme.web;

/** A programme as the API lists it. */
record ProgrammeSummary(long id, int year, String title, UnitSummary coordinatingUnit, DocumentSummary document) {

    record UnitSummary(long id, String code, String kind, String name) {
    }

    record DocumentSummary(String number, String symbol, Integer day, Integer month, int year) {
    }
}
