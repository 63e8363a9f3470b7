package vn.ansinh.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static vn.ansinh.security.AuthorizationMatrixTest.Access.ADMIN;
import static vn.ansinh.security.AuthorizationMatrixTest.Access.ERROR_PAGE;
import static vn.ansinh.security.AuthorizationMatrixTest.Access.PROGRAMME_READ;
import static vn.ansinh.security.AuthorizationMatrixTest.Access.PRIVACY_READ;
import static vn.ansinh.security.AuthorizationMatrixTest.Access.PUBLIC;
import static vn.ansinh.security.AuthorizationMatrixTest.Access.ROW_WRITE;
import static vn.ansinh.security.AuthorizationMatrixTest.Access.SIGNED_IN;
import static vn.ansinh.security.AuthorizationMatrixTest.Access.UNIT_WRITER;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.accounts.ApiToken;
import vn.ansinh.accounts.ApiTokens;
import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccount;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.intake.ImportResult;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.partners.Partners;
import vn.ansinh.support.Endpoints;
import vn.ansinh.support.Endpoints.Endpoint;
import vn.ansinh.support.PageCrawl;
import vn.ansinh.support.ProgrammeYaml;
import vn.ansinh.support.RowCounts;
import vn.ansinh.support.SignedOutIntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * The authorization matrix: every endpoint the application has — found in its handler mappings,
 * so a new one cannot be forgotten — called by every kind of user, must be allowed or refused as
 * the policy below says. Scope included: a second district with its own communes and programme is
 * imported, and its programme is 404 to every user of Cam Lộ, as if it did not exist. Every
 * refused change is sent in full, and the database is compared before and after: nothing changes.
 */
@SignedOutIntegrationTest
class AuthorizationMatrixTest {

    /** Who may call an endpoint. */
    enum Access {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** The error page: anyone. Called directly, without an error to show, it reports a server error. */
        ERROR_PAGE,
        /** Anyone signed in; what it lists follows the caller's scope. */
        SIGNED_IN,
        /** Anyone signed in whose scope reads programme {id} (200); to others it does not exist (404). */
        PROGRAMME_READ,
        /** Administrators only; 403 for everyone else signed in. */
        ADMIN,
        /** The personal-data access log and the retention dry run: administrators and data protection officers. */
        PRIVACY_READ,
        /**
         * Changing the figures of unit {unitId} (Cam An) in programme {id}: administrators and Cam An's
         * commune officer; to everyone else the row does not exist (404).
         */
        ROW_WRITE,
        /**
         * Entering a commune's data (a household, lists, Biểu 1–3 from a workbook): whoever writes a commune —
         * administrators and commune officers; 403 for organisation officers and viewers.
         */
        UNIT_WRITER
    }

    /**
     * The policy, by "METHOD pattern". A discovered endpoint missing here fails the test until it is
     * classified; an entry that is no endpoint any more fails it too.
     */
    static final Map<String, Access> POLICY = Map.ofEntries(
            // Signing in, the one-time setup (404 once any user exists), the error page, the health check.
            entry("GET /login", PUBLIC),
            entry("GET /setup", PUBLIC),
            entry("POST /setup", PUBLIC),
            entry("GET /error", ERROR_PAGE),
            entry("GET /actuator/health", PUBLIC),
            // Lists, the home page and the API description: every signed-in user.
            entry("GET /", SIGNED_IN),
            entry("GET /programmes", SIGNED_IN),
            entry("GET /api/v1/programmes", SIGNED_IN),
            entry("GET /actuator", SIGNED_IN),
            entry("GET /actuator/health/**", SIGNED_IN),
            entry("GET /v3/api-docs", SIGNED_IN), // springdoc's own endpoints
            entry("GET /v3/api-docs.yaml", SIGNED_IN),
            entry("GET /v3/api-docs/swagger-config", SIGNED_IN),
            entry("GET /swagger-ui.html", SIGNED_IN),
            // One programme: text, tables, workbooks, findings, its document, as pages and as JSON.
            entry("GET /programmes/{id}", PROGRAMME_READ),
            entry("GET /programmes/{id}/tables", PROGRAMME_READ),
            entry("GET /programmes/{id}/tables/fragment", PROGRAMME_READ),
            entry("GET /programmes/{id}/tables/{code}", PROGRAMME_READ),
            entry("GET /programmes/{id}/tables/{code}.xlsx", PROGRAMME_READ),
            entry("GET /programmes/{id}/tables/{code}/years", PROGRAMME_READ),
            entry("GET /programmes/{id}/findings", PROGRAMME_READ),
            entry("GET /programmes/{id}/document.docx", PROGRAMME_READ),
            entry("GET /programmes/{id}/document.pdf", PROGRAMME_READ),
            entry("GET /api/v1/programmes/{id}", PROGRAMME_READ),
            entry("GET /api/v1/programmes/{id}/tables/{table}", PROGRAMME_READ),
            entry("GET /api/v1/programmes/{id}/tables/{table}/years", PROGRAMME_READ),
            entry("GET /api/v1/programmes/{id}/findings", PROGRAMME_READ),
            // Editing the programme's text: the coordinating office.
            entry("GET /programmes/{id}/edit", ADMIN),
            entry("POST /programmes/{id}/edit", ADMIN),
            entry("GET /api/v1/programmes/{id}/document", ADMIN),
            entry("PUT /api/v1/programmes/{id}/document", ADMIN),
            entry("GET /programmes/{id}/sections/{path}/edit", ADMIN),
            entry("POST /programmes/{id}/sections/{path}/edit", ADMIN),
            entry("GET /programmes/{id}/signatories/edit", ADMIN),
            entry("POST /programmes/{id}/signatories/edit", ADMIN),
            // Changing one row's input figures: whoever may write the row's unit.
            entry("GET /programmes/{id}/tables/{code}/units/{unitId}/edit", ROW_WRITE),
            entry("POST /programmes/{id}/tables/{code}/units/{unitId}/edit", ROW_WRITE),
            entry("GET /api/v1/programmes/{id}/tables/{table}/rows/{unitId}", ROW_WRITE),
            entry("PUT /api/v1/programmes/{id}/tables/{table}/rows/{unitId}", ROW_WRITE),
            // Users, tokens, the audit log and imports: administrators.
            entry("GET /admin/users", ADMIN),
            entry("POST /admin/users", ADMIN),
            entry("GET /admin/users/{id}", ADMIN),
            entry("POST /admin/users/{id}/enabled", ADMIN),
            entry("POST /admin/users/{id}/password", ADMIN),
            entry("POST /admin/users/{id}/roles", ADMIN),
            entry("POST /admin/users/{id}/roles/remove", ADMIN),
            entry("POST /admin/users/{id}/tokens", ADMIN),
            entry("POST /admin/users/{id}/tokens/{tokenId}/revoke", ADMIN),
            entry("POST /admin/users/{id}/email", ADMIN),
            entry("GET /admin/audit", ADMIN),
            entry("GET /admin/audit.csv", ADMIN),
            entry("GET /api/v1/admin/audit", ADMIN),
            entry("GET /admin/registry-counts", ADMIN),
            entry("POST /admin/registry-counts", ADMIN),
            entry("POST /api/v1/admin/registry-counts/recount", ADMIN),
            // Backups: administrators. An allowed call sent empty still makes a backup (there is no empty one).
            entry("GET /admin/backups", ADMIN),
            entry("POST /admin/backups", ADMIN),
            entry("GET /api/v1/admin/backups", ADMIN),
            entry("POST /api/v1/admin/backups", ADMIN),
            entry("GET /api/v1/admin/backups/{name}", ADMIN),
            // Official unit lists: administrators import them; any signed-in user looks a unit up by code and day.
            entry("POST /api/v1/admin/units/imports", ADMIN),
            entry("POST /api/v1/admin/units/successions", ADMIN),
            entry("POST /api/v1/admin/successions/imports", ADMIN),
            entry("GET /api/v1/units/{code}", SIGNED_IN),
            // The catalogues: units, partner organisations, indicators.
            entry("GET /admin/units", ADMIN),
            entry("POST /admin/units", ADMIN),
            entry("GET /admin/units/{id}", ADMIN),
            entry("POST /admin/units/{id}", ADMIN),
            // Importing a succession list on a page: the upload (kept in the session), the import with the choices.
            entry("GET /admin/units/successions", ADMIN),
            entry("POST /admin/units/successions", ADMIN),
            entry("POST /admin/units/successions/import", ADMIN),
            entry("POST /admin/units/successions/discard", ADMIN),
            // Importing a unit list on a page: the upload (kept in the session) and its import.
            entry("GET /admin/units/imports", ADMIN),
            entry("POST /admin/units/imports", ADMIN),
            entry("POST /admin/units/imports/import", ADMIN),
            entry("POST /admin/units/imports/discard", ADMIN),
            entry("GET /admin/organisations", ADMIN),
            entry("POST /admin/organisations", ADMIN),
            entry("GET /admin/organisations/{id}", ADMIN),
            entry("POST /admin/organisations/{id}", ADMIN),
            entry("GET /admin/indicators", ADMIN),
            entry("POST /admin/indicators", ADMIN),
            entry("GET /admin/indicators/{id}", ADMIN),
            entry("POST /admin/indicators/{id}", ADMIN),
            entry("GET /api/v1/admin/indicators/{id}", ADMIN),
            entry("PUT /api/v1/admin/indicators/{id}", ADMIN),
            entry("GET /imports/programme", ADMIN),
            entry("POST /imports/programme", ADMIN),
            entry("GET /imports/programme/template.yaml", ADMIN),
            entry("POST /api/v1/programme-files", ADMIN),
            // Apportionment: the preview page reads a programme; the split itself reads and writes nothing.
            entry("GET /programmes/{id}/apportionment", PROGRAMME_READ),
            entry("POST /api/v1/apportionment", SIGNED_IN),
            // Confirming a split among the communes is the coordinating office's; among organisations,
            // whoever may write the commune (checked by scope: a refusal changes nothing).
            entry("POST /programmes/{id}/apportionment/communes", ADMIN),
            entry("POST /programmes/{id}/apportionment/organisations", SIGNED_IN),
            // The associations' own targets: read with the programme, set by the coordinating office.
            entry("GET /programmes/{id}/organisation-targets", PROGRAMME_READ),
            entry("POST /programmes/{id}/organisation-targets", ADMIN),
            // Importing Biểu 1–3 from a workbook: the form reads the programme; an import is anyone's, and
            // takes only the rows of units the caller may write (a row of another unit refuses the file).
            entry("GET /programmes/{id}/imports", UNIT_WRITER),
            entry("POST /programmes/{id}/imports", UNIT_WRITER),
            entry("POST /api/v1/programmes/{id}/imports", UNIT_WRITER),
            // Poverty standards and the classification of a household: anyone signed in; it writes nothing.
            entry("GET /api/v1/poverty/standards", SIGNED_IN),
            entry("POST /api/v1/poverty/classify", SIGNED_IN),
            entry("GET /api/v1/poverty/review-calendar", SIGNED_IN),
            entry("GET /api/v1/allowances/bases", SIGNED_IN),
            entry("GET /allowances", SIGNED_IN),
            entry("POST /allowances", SIGNED_IN),
            entry("GET /allowances/payments.xlsx", SIGNED_IN),
            entry("POST /allowances/end", SIGNED_IN),
            entry("POST /allowances/change", SIGNED_IN),
            entry("GET /reminders", SIGNED_IN),
            entry("POST /reminders/{id}/read", SIGNED_IN),
            // Children: a commune's year within the scope; entered by whoever writes the commune (checked on the
            // commune: another's is refused beside its field and writes nothing).
            entry("GET /children", SIGNED_IN),
            entry("POST /children/assessment", SIGNED_IN),
            entry("POST /children/counts", SIGNED_IN),
            entry("POST /children/cases", SIGNED_IN),
            entry("GET /api/v1/children/criteria", SIGNED_IN),
            entry("GET /api/v1/children/child-friendly", SIGNED_IN),
            // The gratitude fund of a commune: read within the scope; an entry only into a commune the caller writes.
            entry("GET /gratitude", SIGNED_IN),
            entry("POST /gratitude/contributions", SIGNED_IN),
            entry("POST /gratitude/houses", SIGNED_IN),
            entry("POST /gratitude/gifts", SIGNED_IN),
            entry("GET /api/v1/gratitude", SIGNED_IN),
            entry("GET /gratitude/import", UNIT_WRITER),
            entry("POST /gratitude/import", UNIT_WRITER),
            entry("GET /gratitude/import/template.xlsx", SIGNED_IN),
            entry("POST /api/v1/gratitude/imports", UNIT_WRITER),
            // Emergency relief: anyone signed in, within their scope; an event of no commune they read is 404, and
            // what they may not write is refused by field (nothing written).
            entry("GET /relief", SIGNED_IN),
            entry("POST /relief/events", SIGNED_IN),
            entry("GET /relief/events/{id}", SIGNED_IN),
            entry("POST /relief/events/{id}/households", SIGNED_IN),
            entry("POST /relief/events/{id}/relief", SIGNED_IN),
            // Its list import: for whoever writes a commune (the event's, or 404), as the other list imports.
            entry("GET /relief/events/{id}/import", UNIT_WRITER),
            entry("POST /relief/events/{id}/import", UNIT_WRITER),
            entry("GET /relief/events/{id}/import/template.xlsx", SIGNED_IN),
            entry("POST /api/v1/relief/events/{id}/imports", UNIT_WRITER),
            entry("GET /api/v1/relief/events", SIGNED_IN),
            entry("GET /api/v1/relief/events/{id}", SIGNED_IN),
            // Social evils: a commune's months within the caller's scope; a month saved only for a commune they write.
            entry("GET /social-evils", SIGNED_IN),
            entry("POST /social-evils", SIGNED_IN),
            entry("GET /api/v1/social-evils", SIGNED_IN),
            // Commitments: the parties' pages follow the caller's scope (a party not of the programme is 404, its
            // progress form is for whoever writes for it); the coordinating office edits them under /admin.
            entry("GET /programmes/{id}/parties", PROGRAMME_READ),
            entry("GET /programmes/{id}/parties/{kind}/{partyId}", SIGNED_IN),
            entry("POST /programmes/{id}/parties/{kind}/{partyId}/progress", SIGNED_IN),
            entry("GET /api/v1/programmes/{id}/commitments", PROGRAMME_READ),
            entry("GET /admin/programmes/{id}/commitments", ADMIN),
            entry("POST /admin/programmes/{id}/commitments", ADMIN),
            entry("GET /admin/programmes/{id}/commitments/{commitment}/edit", ADMIN),
            entry("POST /admin/programmes/{id}/commitments/{commitment}/edit", ADMIN),
            entry("POST /admin/programmes/{id}/commitments/{commitment}/end", ADMIN),
            entry("GET /allowances/changes.xlsx", SIGNED_IN),
            entry("GET /allowances/arrears.xlsx", SIGNED_IN),
            entry("GET /allowances/import", UNIT_WRITER),
            entry("POST /allowances/import", UNIT_WRITER),
            entry("GET /allowances/import/template.xlsx", SIGNED_IN),
            entry("POST /api/v1/allowances/imports", UNIT_WRITER),
            entry("GET /api/v1/allowances/grants", SIGNED_IN),
            entry("POST /api/v1/households/{id}/classify", SIGNED_IN),
            entry("GET /poverty/standards", SIGNED_IN),
            entry("POST /poverty/standards/{id}/classify", SIGNED_IN),
            // The household registry: anyone signed in, within their scope — a household of a commune they
            // cannot read is 404, one they cannot write is 404 to a change.
            entry("GET /api/v1/households", SIGNED_IN),
            entry("POST /api/v1/households", SIGNED_IN),
            entry("GET /api/v1/households/{id}", SIGNED_IN),
            entry("PUT /api/v1/households/{id}", SIGNED_IN),
            entry("PUT /api/v1/households/{id}/statuses/{year}", SIGNED_IN),
            entry("GET /api/v1/households/{id}/reviews", SIGNED_IN),
            entry("POST /api/v1/households/{id}/sponsors/{year}", SIGNED_IN),
            entry("GET /api/v1/households/{id}/support", SIGNED_IN),
            entry("POST /api/v1/households/{id}/support", SIGNED_IN),
            entry("POST /api/v1/reviews", SIGNED_IN),
            entry("GET /programmes/{id}/sponsorship", PROGRAMME_READ),
            entry("GET /programmes/{id}/registry", PROGRAMME_READ),
            entry("GET /registry", SIGNED_IN),
            entry("GET /registry/import", UNIT_WRITER),
            entry("GET /registry/reviews", SIGNED_IN),
            entry("POST /registry/reviews", SIGNED_IN),
            entry("POST /registry/reviews/{round}/outcomes", SIGNED_IN),
            entry("POST /registry/reviews/{round}/batch", SIGNED_IN),
            entry("POST /registry/reviews/{round}/close", SIGNED_IN),
            entry("POST /registry/households/{id}/support", SIGNED_IN),
            entry("GET /registry/households.xlsx", SIGNED_IN),
            entry("POST /registry/import", UNIT_WRITER),
            entry("GET /registry/import/template.xlsx", SIGNED_IN),
            entry("POST /api/v1/households/imports", UNIT_WRITER),
            entry("GET /registry/households/{id}", SIGNED_IN),
            entry("POST /programmes/{id}/sponsorship/assign", SIGNED_IN),
            entry("GET /api/v1/reviews", SIGNED_IN),
            entry("GET /api/v1/reviews/{id}", SIGNED_IN),
            entry("POST /api/v1/reviews/{id}/outcomes", SIGNED_IN),
            entry("POST /api/v1/reviews/{id}/close", SIGNED_IN),
            // Working age by the law of the year: anyone signed in.
            entry("GET /api/v1/labour/working-age", SIGNED_IN),
            // Labour records and progress: records within the scope; progress is a programme's.
            entry("POST /api/v1/labour/records", SIGNED_IN),
            entry("GET /api/v1/labour/records", SIGNED_IN),
            entry("POST /api/v1/labour/courses", SIGNED_IN),
            entry("POST /api/v1/labour/imports", UNIT_WRITER),
            entry("POST /api/v1/labour/persons", SIGNED_IN),
            entry("GET /labour/import", UNIT_WRITER),
            entry("POST /labour/import", UNIT_WRITER),
            entry("GET /labour/import/template.xlsx", SIGNED_IN),
            entry("GET /labour/persons/template.xlsx", SIGNED_IN),
            entry("POST /api/v1/labour/persons/imports", UNIT_WRITER),
            entry("PUT /api/v1/labour/counts/{unitId}/{kind}/{year}/{month}", SIGNED_IN),
            entry("GET /api/v1/programmes/{id}/progress", PROGRAMME_READ),
            entry("GET /programmes/{id}/progress", PROGRAMME_READ),
            entry("POST /programmes/{id}/progress/jobs", SIGNED_IN),
            // The programme's labour records: listed within the scope; a record the caller may not change
            // (or restore: administrators only) is 404.
            entry("GET /programmes/{id}/labour/records", PROGRAMME_READ),
            entry("GET /programmes/{id}/labour/records/{record}/edit", SIGNED_IN),
            entry("POST /programmes/{id}/labour/records/{record}/edit", SIGNED_IN),
            entry("POST /programmes/{id}/labour/records/{record}/delete", SIGNED_IN),
            entry("POST /programmes/{id}/labour/records/{record}/restore", SIGNED_IN),
            // The departments responsible for the domains: anyone signed in reads them; administrators add a period.
            entry("GET /api/v1/responsibilities", SIGNED_IN),
            entry("GET /admin/responsibilities", ADMIN),
            entry("POST /admin/responsibilities", ADMIN),
            entry("GET /admin/review-calendar", ADMIN),
            entry("GET /admin/allowance-bases", ADMIN),
            entry("POST /admin/allowance-bases", ADMIN),
            entry("GET /admin/child-friendly-criteria", ADMIN),
            entry("POST /admin/child-friendly-criteria", ADMIN),
            entry("POST /admin/review-calendar", ADMIN),
            // Correcting the draft standard as the decree is issued: administrators.
            entry("GET /admin/poverty-standards/{id}", ADMIN),
            entry("POST /admin/poverty-standards/{id}", ADMIN),
            // Periodic reports: periods are a programme's; reports follow the caller's scope; the coordinating
            // office approves (checked on the report: a refusal is a 409 that changes nothing).
            entry("GET /api/v1/programmes/{id}/periods", PROGRAMME_READ),
            entry("GET /api/v1/programmes/{id}/completeness", SIGNED_IN),
            entry("POST /api/v1/programmes/{id}/periods", ADMIN),
            entry("POST /api/v1/reports", SIGNED_IN),
            entry("GET /api/v1/reports", SIGNED_IN),
            entry("GET /api/v1/reports/{id}", SIGNED_IN),
            entry("PUT /api/v1/reports/{id}", SIGNED_IN),
            entry("POST /api/v1/reports/{id}/submit", SIGNED_IN),
            entry("POST /api/v1/reports/{id}/approve", SIGNED_IN),
            entry("POST /api/v1/reports/{id}/return", SIGNED_IN),
            entry("POST /api/v1/reports/{id}/reopen", SIGNED_IN),
            entry("GET /programmes/{id}/reports", PROGRAMME_READ),
            entry("POST /programmes/{id}/reports/open", SIGNED_IN),
            entry("GET /programmes/{id}/reports/{report}", SIGNED_IN),
            entry("POST /programmes/{id}/reports/{report}", SIGNED_IN),
            entry("GET /programmes/{id}/reports/consolidated", SIGNED_IN),
            entry("GET /programmes/{id}/reports/consolidated.xlsx", SIGNED_IN),
            entry("GET /programmes/{id}/reports/consolidated.pdf", SIGNED_IN),
            // One household entered in the browser: whoever writes a commune (and then checked on the commune).
            entry("GET /registry/households/new", UNIT_WRITER),
            entry("POST /registry/households", UNIT_WRITER),
            // Correcting a household, and its support entries: whoever writes its commune (checked on the household:
            // 404 to anyone else); restoring a deleted support entry: administrators.
            entry("GET /registry/households/{id}/edit", SIGNED_IN),
            entry("POST /registry/households/{id}", SIGNED_IN),
            // A household marked ended: by whoever writes its commune (to others it does not exist: 404).
            entry("GET /registry/households/{id}/end", SIGNED_IN),
            entry("POST /registry/households/{id}/end", SIGNED_IN),
            entry("GET /registry/support/{id}/edit", SIGNED_IN),
            entry("POST /registry/support/{id}", SIGNED_IN),
            entry("POST /registry/support/{id}/delete", SIGNED_IN),
            entry("POST /admin/support/{id}/restore", ADMIN),
            // The leaders' dashboard: whoever reads the programme, each seeing their own communes.
            entry("GET /programmes/{id}/dashboard", PROGRAMME_READ),
            entry("GET /api/v1/programmes/{id}/dashboard", PROGRAMME_READ),
            // Trainings and sessions: whoever reads the programme; entered by whoever writes the organiser or the
            // commune (anyone else's form is refused by field, 422).
            entry("GET /programmes/{id}/outreach", PROGRAMME_READ),
            entry("GET /api/v1/programmes/{id}/outreach", PROGRAMME_READ),
            entry("POST /programmes/{id}/outreach/trainings", SIGNED_IN),
            entry("POST /programmes/{id}/outreach/sessions", SIGNED_IN),
            // Commendation: whoever reads the programme reads the proposal and its DOCX; administrators write.
            entry("GET /programmes/{id}/commendation", PROGRAMME_READ),
            entry("GET /programmes/{id}/commendation/proposal.docx", PROGRAMME_READ),
            entry("POST /programmes/{id}/commendation", ADMIN),
            entry("POST /programmes/{id}/commendation/decision", ADMIN),
            // The targets the registers decide: per commune of the programme the caller reads.
            entry("GET /api/v1/programmes/{id}/targets/computed", PROGRAMME_READ),
            // Personal data: the notice and the purpose form are every signed-in user's (the form only keeps a
            // choice in the session); the access log and one person's data are administrators'.
            entry("GET /personal-data", SIGNED_IN),
            entry("GET /personal-data/purpose", SIGNED_IN),
            entry("POST /personal-data/purpose", SIGNED_IN),
            entry("GET /admin/personal-data/access-log", PRIVACY_READ),
            entry("GET /api/v1/admin/personal-data/access-log", PRIVACY_READ),
            entry("GET /admin/personal-data/subject", ADMIN),
            entry("GET /admin/personal-data/subject.xlsx", ADMIN),
            // Retention: the dry run and the anonymisation (an empty run, without the count shown, does nothing).
            entry("GET /admin/personal-data/retention", PRIVACY_READ),
            entry("POST /admin/personal-data/retention", ADMIN),
            // Next year's programme: administrators.
            entry("POST /programmes/{id}/next-year", ADMIN),
            entry("POST /programmes/{id}/publish", ADMIN),
            entry("POST /api/v1/programmes/{id}/next-year", ADMIN),
            // Starting a programme for any unit and year: administrators; the communes' programmes rolled up
            // into a province's: anyone signed in, each reading the programmes their scope reads.
            entry("GET /admin/programmes/new", ADMIN),
            entry("POST /admin/programmes/new", ADMIN),
            // Coordination work: meetings, inspections and their action items are read by whoever reads the
            // programme; the coordinating office records them; a responsible party's writers close its items (an item
            // they may not close, like a meeting or inspection that is not there, is 404).
            entry("GET /programmes/{id}/meetings", PROGRAMME_READ),
            entry("POST /programmes/{id}/meetings", ADMIN),
            entry("GET /programmes/{id}/meetings/{meeting}", SIGNED_IN),
            entry("POST /programmes/{id}/meetings/{meeting}/items", ADMIN),
            entry("GET /programmes/{id}/meetings/{meeting}/minutes.docx", SIGNED_IN),
            entry("GET /programmes/{id}/inspections", PROGRAMME_READ),
            entry("POST /programmes/{id}/inspections", ADMIN),
            entry("GET /programmes/{id}/inspections/{inspection}", SIGNED_IN),
            entry("POST /programmes/{id}/inspections/{inspection}/items", ADMIN),
            entry("POST /programmes/{id}/inspections/{inspection}/findings", ADMIN),
            entry("GET /programmes/{id}/action-items", PROGRAMME_READ),
            entry("GET /programmes/{id}/action-items/of-party", PROGRAMME_READ),
            entry("POST /programmes/{id}/action-items/{item}/close", SIGNED_IN),
            entry("GET /api/v1/action-items", SIGNED_IN),
            entry("GET /programmes/rollup", SIGNED_IN),
            entry("GET /api/v1/programmes/rollup", SIGNED_IN));

    /** What a caller must get. */
    enum Outcome {
        /** Anything but a refusal (401, 403, a redirect to sign in). */
        ANSWERED,
        /** Past security, and no server error: a 400 for a change sent empty is allowed. */
        ALLOWED,
        /** 200: a read of a programme the caller's scope reads. */
        OK,
        /** Not signed in: 401 from the API, a redirect to /login from a page. */
        SIGN_IN,
        /** 403: signed in without the role. */
        FORBIDDEN,
        /** 404: a programme outside the caller's scope, hidden as if it did not exist. */
        NOT_FOUND;

        boolean refusal() {
            return this == SIGN_IN || this == FORBIDDEN || this == NOT_FOUND;
        }
    }

    private static final long SEED = 1;
    private static final String OTHER_DISTRICT = "HT.KL";
    private static final long NO_ACCOUNT = 999_999;

    /** The callers, signed in once for all tests (BCrypt is slow); with the second district's programme. */
    private static Fixture fixture;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    PlatformTransactionManager transactionManager;

    record Fixture(Caller anonymous, Caller admin, Caller communeOfficer, Caller organisationOfficer, Caller viewer,
            Caller dataProtectionOfficer, Caller demoted, Caller disabled, Caller token, long tokenId,
            long otherProgramme) {

        /** Everyone but the token: the anonymous caller, the five roles, and two sessions older than a change. */
        List<Caller> users() {
            return List.of(anonymous, admin, communeOfficer, organisationOfficer, viewer, dataProtectionOfficer,
                    demoted, disabled);
        }
    }

    /**
     * Someone calling: pages with the session the login form gave them, the API with HTTP Basic (or,
     * without a password, with the session, which the API ignores) — or, for a token caller, with
     * "Authorization: Bearer" everywhere, which only the API accepts. role is the role they hold now,
     * none for anonymous or disabled; accountId is the account their refused changes aim at: their own.
     */
    record Caller(String name, Role role, String username, String password, MockHttpSession session, String token,
            long accountId) {

        boolean admin() {
            return role == Role.ADMIN;
        }

        boolean signedInAt(Endpoint endpoint) {
            return role != null && (token == null || endpoint.api());
        }

        AbstractMockHttpServletRequestBuilder<?> credentials(AbstractMockHttpServletRequestBuilder<?> request,
                Endpoint endpoint) {
            if (token != null) {
                return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            }
            if (endpoint.api() && password != null) {
                return request.with(httpBasic(username, password));
            }
            return session == null ? request : request.session(session);
        }

        /** HTTP Basic of a disabled account is SignInTest's; here each call would be audited as a failed login. */
        Caller withoutPassword() {
            return new Caller(name, role, username, null, session, token, accountId);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        if (fixture != null) {
            return;
        }
        ImportResult other = otherDistrict(2077).importWith(importer, "ky-lo-2077.yaml", false);
        assertThat(other.errors()).as("the second district's file imports").isEmpty();
        long district = units.byCode("QT.CL").orElseThrow().id();
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        long farmers = partners.byCode("CL.HND").orElseThrow().id();

        Caller admin = signIn("quản trị (ADMIN)", Role.ADMIN, "matrix.quantri", RoleAssignment.admin());
        Caller communeOfficer = signIn("cán bộ xã Cam An (COMMUNE_OFFICER of QT.CL.AN)", Role.COMMUNE_OFFICER,
                "matrix.caman", RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn));
        Caller organisationOfficer = signIn("Hội Nông dân huyện (ORGANISATION_OFFICER of CL.HND)",
                Role.ORGANISATION_OFFICER, "matrix.hoind", RoleAssignment.ofOrganisation(farmers));
        Caller viewer = signIn("lãnh đạo huyện Cam Lộ (VIEWER of QT.CL)", Role.VIEWER, "matrix.lanhdao",
                RoleAssignment.ofUnit(Role.VIEWER, district));
        Caller dataProtectionOfficer = signIn("cán bộ bảo vệ dữ liệu (DATA_PROTECTION_OFFICER)",
                Role.DATA_PROTECTION_OFFICER, "matrix.baove", RoleAssignment.dataProtectionOfficer());
        // Sessions opened before an administrator changed the account: from then on they hold what it is now.
        Caller demoted = signIn("quản trị cũ, nay VIEWER of QT.CL (demoted after sign-in)", Role.VIEWER,
                "matrix.cuu-quantri", RoleAssignment.admin());
        accounts.assignRoles(demoted.accountId(), Set.of(RoleAssignment.ofUnit(Role.VIEWER, district)));
        Caller disabled = signIn("quản trị bị khóa (disabled after sign-in)", null, "matrix.quantri-khoa",
                RoleAssignment.admin()).withoutPassword();
        accounts.setEnabled(disabled.accountId(), false);

        ApiTokens.IssuedToken issued = tokens.issue(communeOfficer.accountId(), "Ma trận phân quyền");
        Caller token = new Caller("API token of cán bộ xã Cam An (COMMUNE_OFFICER of QT.CL.AN)", Role.COMMUNE_OFFICER,
                null, null, null, issued.token(), communeOfficer.accountId());
        Caller anonymous = new Caller("anonymous", null, null, null, null, null, communeOfficer.accountId());
        fixture = new Fixture(anonymous, admin, communeOfficer, organisationOfficer, viewer, dataProtectionOfficer,
                demoted, disabled, token, issued.id(), other.programmeId());
    }

    @Test
    void everyEndpointIsInThePolicyAndEveryEntryOfThePolicyIsAnEndpoint() {
        SortedSet<String> discovered = new TreeSet<>();
        Endpoints.of(context).forEach(endpoint -> discovered.add(endpoint.toString()));
        SortedSet<String> unclassified = new TreeSet<>(discovered);
        unclassified.removeAll(POLICY.keySet());
        SortedSet<String> stale = new TreeSet<>(POLICY.keySet());
        stale.removeAll(discovered);

        assertThat(unclassified).as("endpoints missing from the policy: classify the new endpoint(s) in "
                + "AuthorizationMatrixTest.POLICY").isEmpty();
        assertThat(stale).as("stale entries of AuthorizationMatrixTest.POLICY: no such endpoint any more").isEmpty();
        assertThat(POLICY).as("a programme read is a GET of one programme").allSatisfy((endpoint, access) -> {
            if (access == PROGRAMME_READ) {
                assertThat(endpoint).startsWith("GET ").contains("{id}");
            }
        });
    }

    @Test
    void everyUserIsAllowedOrRefusedAtEveryEndpointAndRefusedChangesChangeNothing() throws Exception {
        assertMatrix(fixture.users());
    }

    @Test
    void anApiTokenCarriesItsUsersRoleAndScopeAtEveryEndpointAndOpensNoPage() throws Exception {
        assertMatrix(List.of(fixture.token()));
    }

    /** Only an administrator is listed the other district's programme; the data protection officer is listed none. */
    @Test
    void onlyAnAdministratorIsListedTheOtherDistrictsProgramme() throws Exception {
        Endpoint list = new Endpoint(HttpMethod.GET, "/api/v1/programmes");
        List<Caller> signedIn = Stream.concat(fixture.users().stream(), Stream.of(fixture.token()))
                .filter(caller -> caller.role() != null).toList();
        for (Caller caller : signedIn) {
            String json = mvc.perform(caller.credentials(get(list.pattern()), list)).andReturn().getResponse()
                    .getContentAsString();
            List<Long> ids = JsonPath.<List<Number>>read(json, "$[*].id").stream().map(Number::longValue).toList();
            if (caller.role() == Role.DATA_PROTECTION_OFFICER) {
                assertThat(ids).as("programmes listed to %s, scoped to no unit", caller).isEmpty();
                continue;
            }
            assertThat(ids).as("programmes listed to %s", caller).contains(SEED);
            if (caller.admin()) {
                assertThat(ids).as("programmes listed to %s", caller).contains(fixture.otherProgramme());
            } else {
                assertThat(ids).as("programmes listed to %s", caller).doesNotContain(fixture.otherProgramme());
            }
        }
        for (Caller caller : List.of(fixture.communeOfficer(), fixture.organisationOfficer(), fixture.viewer())) {
            String page = mvc.perform(get("/programmes").session(caller.session())).andReturn().getResponse()
                    .getContentAsString();
            assertThat(page).as("the programme list page of %s", caller).contains("/programmes/" + SEED + "\"")
                    .doesNotContain("/programmes/" + fixture.otherProgramme() + "\"");
        }
    }

    /**
     * Links derive from the same rules as the endpoints: from the pages each kind of user reaches, every
     * link and form they are shown is tried, and none refuses them (403, 404, 405, back to sign in).
     */
    @Test
    void noPageShowsAUserALinkOrAFormTheyWouldBeRefused() throws Exception {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        String programme = "/programmes/" + SEED;
        List<String> firstPages = List.of("/", "/programmes", programme + "/reports?period=2019-03",
                programme + "/reports/consolidated?period=2019-03", "/registry?unit=" + camAn + "&year=2019",
                "/registry/reviews?unit=" + camAn + "&year=2019", "/poverty/standards");
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        assertSoftly(softly -> {
            for (Caller caller : List.of(fixture.admin(), fixture.communeOfficer(), fixture.organisationOfficer(),
                    fixture.viewer())) {
                try {
                    softly.assertThat(PageCrawl.refusedActions(mvc, transactions, caller.session(), firstPages))
                            .as("links and forms shown to %s that refuse them", caller).isEmpty();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                softly.assertThat(PageCrawl.refusedActions(mvc, transactions, fixture.dataProtectionOfficer().session(),
                        List.of("/", "/programmes", "/personal-data", "/admin/personal-data/access-log",
                                "/admin/personal-data/retention")))
                        .as("links and forms shown to %s that refuse them", fixture.dataProtectionOfficer()).isEmpty();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theCamAnOfficerReadsOnlyCamAnsRowOfTheirProgramme() throws Exception {
        Endpoint table = new Endpoint(HttpMethod.GET, "/api/v1/programmes/{id}/tables/{table}");
        for (Caller caller : List.of(fixture.communeOfficer(), fixture.token())) {
            String json = mvc.perform(caller.credentials(get("/api/v1/programmes/" + SEED + "/tables/bieu-1"), table))
                    .andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<List<String>>read(json, "$.rows[*].unit")).as("rows of Biểu 1 for %s", caller)
                    .containsExactly("Cam An");
            assertThat(JsonPath.<Boolean>read(json, "$.complete")).isFalse();
        }
    }

    /** Every endpoint for every caller, and for programme reads both programmes; then the database unchanged. */
    private void assertMatrix(List<Caller> callers) throws Exception {
        State before = State.of(jdbc, accounts, tokens);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Endpoint endpoint : Endpoints.of(context)) {
            Access access = POLICY.get(endpoint.toString());
            if (access == null) {
                wrong.add(endpoint + ": not in the policy — classify the new endpoint in AuthorizationMatrixTest.POLICY");
                continue;
            }
            List<Long> programmes = access == PROGRAMME_READ ? List.of(SEED, fixture.otherProgramme()) : List.of(SEED);
            for (long programme : programmes) {
                for (Caller caller : callers) {
                    Outcome expected = expected(access, caller, endpoint, programme);
                    MvcResult result = call(caller, endpoint, programme, expected);
                    cells++;
                    if (!matches(expected, endpoint, result)) {
                        wrong.add("%s %s as %s: expected %s, got %d%s".formatted(endpoint.method(),
                                result.getRequest().getRequestURI(), caller, expected, result.getResponse().getStatus(),
                                location(result) == null ? "" : " → " + location(result)));
                    }
                }
            }
        }
        State after = State.of(jdbc, accounts, tokens);
        System.out.printf("Authorization matrix: %d cells for %s, %d wrong%n", cells, callers, wrong.size());
        assertSoftly(softly -> {
            softly.assertThat(wrong).as("cells of the authorization matrix that are wrong").isEmpty();
            softly.assertThat(after.rows()).as("row counts after every refused change").isEqualTo(before.rows());
            softly.assertThat(after.accounts()).as("accounts after every refused change").isEqualTo(before.accounts());
            softly.assertThat(after.tokens()).as("API tokens after every refused change").isEqualTo(before.tokens());
        });
    }

    private static Outcome expected(Access access, Caller caller, Endpoint endpoint, long programme) {
        if (access == ERROR_PAGE) {
            return Outcome.ANSWERED;
        }
        if (access == PUBLIC) {
            return Outcome.ALLOWED;
        }
        if (!caller.signedInAt(endpoint)) {
            return Outcome.SIGN_IN;
        }
        return switch (access) {
            case SIGNED_IN -> Outcome.ALLOWED;
            case ADMIN -> caller.admin() ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case PRIVACY_READ -> caller.admin() || caller.role() == Role.DATA_PROTECTION_OFFICER ? Outcome.ALLOWED
                    : Outcome.FORBIDDEN;
            // Every user with a unit or organisation reads Cam Lộ's programme; only an administrator reads the other
            // district's; the data protection officer, scoped to no unit, reads neither.
            case PROGRAMME_READ -> caller.admin() || programme == SEED && caller.role() != Role.DATA_PROTECTION_OFFICER
                    ? Outcome.OK : Outcome.NOT_FOUND;
            case ROW_WRITE -> caller.admin() || caller.role() == Role.COMMUNE_OFFICER ? Outcome.ALLOWED : Outcome.NOT_FOUND;
            case UNIT_WRITER -> caller.admin() || caller.role() == Role.COMMUNE_OFFICER ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case PUBLIC, ERROR_PAGE -> throw new IllegalStateException();
        };
    }

    /**
     * A read as it is. An allowed change is sent empty, so it passes security and changes nothing; a
     * refused one is sent in full, aimed at the caller's own account, so a hole would show as a change.
     */
    private MvcResult call(Caller caller, Endpoint endpoint, long programme, Outcome expected) throws Exception {
        boolean change = endpoint.method() != HttpMethod.GET;
        long account = change && !expected.refusal() ? NO_ACCOUNT : caller.accountId();
        String path = endpoint.path(name -> switch (name) {
            // An administration record (account, unit, organisation, indicator): none for an allowed change.
            case "id" -> String.valueOf(endpoint.pattern().startsWith("/admin/") ? account : programme);
            case "table", "code" -> "bieu-1";
            case "tokenId" -> String.valueOf(fixture.tokenId());
            case "unitId" -> String.valueOf(units.byCode("QT.CL.AN").orElseThrow().id());
            case "path" -> "3-2";
            case "year" -> "2019";
            case "round", "report", "record", "commitment" -> "999999";
            case "meeting", "inspection", "item" -> "999999";
            case "partyId" -> String.valueOf(units.byCode("QT.CL.AN").orElseThrow().id());
            case "kind" -> "JOB_PLACEMENT";
            case "month" -> "1";
            case "**" -> "ping";
            case "name" -> "ansinh-20000101-000000.zip";
            default -> null;
        });
        AbstractMockHttpServletRequestBuilder<?> request = request(endpoint.method(), path);
        if (change) {
            MockMultipartHttpServletRequestBuilder form = multipart(endpoint.method(), path);
            request = (expected.refusal() ? harmful(form) : form).with(csrf());
        }
        return mvc.perform(caller.credentials(request, endpoint)).andReturn();
    }

    /** Everything a change endpoint could use to do harm: an import for real, a new administrator, … */
    private static MockMultipartHttpServletRequestBuilder harmful(MockMultipartHttpServletRequestBuilder form) {
        String password = "Matran2077x";
        form.file(new MockMultipartFile("file", "ky-lo-2078.yaml", "application/yaml",
                otherDistrict(2078).text().getBytes(StandardCharsets.UTF_8)));
        form.param("dryRun", "false").param("commit", "true")
                .param("username", "matrix.ke-gian").param("displayName", "Kẻ gian").param("password", password)
                .param("role", Role.ADMIN.name()).param("enabled", "false").param("name", "ke-gian")
                .param("code", "ABCD-EFGH").param("confirmation", password)
                .param("values[1]", "").param("values[6]", "");
        return form;
    }

    private static boolean matches(Outcome expected, Endpoint endpoint, MvcResult result) {
        int status = result.getResponse().getStatus();
        boolean toSignIn = status / 100 == 3 && "/login".equals(pathOf(location(result)));
        boolean refused = status == 401 || status == 403 || toSignIn;
        return switch (expected) {
            case ANSWERED -> !refused;
            case ALLOWED -> !refused && status < 500;
            case OK -> status == 200;
            case SIGN_IN -> endpoint.api() ? status == 401 : toSignIn;
            case FORBIDDEN -> status == 403;
            case NOT_FOUND -> status == 404;
        };
    }

    private static String location(MvcResult result) {
        return result.getResponse().getHeader(HttpHeaders.LOCATION);
    }

    private static String pathOf(String url) {
        return url == null ? null : url.replaceFirst("^https?://[^/]+", "");
    }

    private Caller signIn(String name, Role role, String username, RoleAssignment assignment) throws Exception {
        String password = TestAccounts.ensure(accounts, username, Set.of(assignment));
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
        long id = accounts.byUsername(username).orElseThrow().id();
        return new Caller(name, role, username, password, session, null, id);
    }

    /**
     * The seed moved to another province, district, communes and organisations (Hà Tĩnh, Kỳ Lộ, Kỳ An …),
     * codes and names all different, as its own programme of the given year.
     */
    static ProgrammeYaml otherDistrict(int year) {
        return ProgrammeYaml.seed()
                .replaceEverywhere("QT.CL", OTHER_DISTRICT)
                .replaceEverywhere("QT", "HT")
                .replaceEverywhere("Quảng Trị", "Hà Tĩnh")
                .replaceEverywhere("CL.", "KL.")
                .replaceEverywhere(".UBND,", ".UBND-KL,")
                .replaceEverywhere("Cam ", "Kỳ ")
                .replaceEverywhere("CAM ", "KỲ ")
                .withYear(year);
    }

    /**
     * What a refused change could alter: the row count of every table, every account and every token. The audit
     * entries of backups are not counted: an administrator's allowed backup is made for real, and audited.
     */
    record State(RowCounts rows, List<UserAccount> accounts, List<ApiToken> tokens) {

        static State of(JdbcClient jdbc, UserAccounts accounts, ApiTokens tokens) {
            Map<String, Long> counts = new TreeMap<>(RowCounts.of(jdbc).rows());
            counts.put("audit_event", jdbc.sql("select count(*) from audit_event where entity_type <> 'backup'")
                    .query(Long.class).single());
            RowCounts rows = new RowCounts(counts);
            assertThat(rows.rows()).containsKeys("user_account", "role_assignment", "api_token", "audit_event");
            List<UserAccount> all = accounts.all();
            return new State(rows, all, all.stream().flatMap(a -> tokens.ofUser(a.id()).stream()).toList());
        }
    }
}
