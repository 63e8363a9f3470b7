package vn.ansinh.intake.internal;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import vn.ansinh.intake.internal.ProgrammeFile.IndicatorEntry;
import vn.ansinh.intake.internal.ProgrammeFile.OrganisationEntry;
import vn.ansinh.intake.internal.ProgrammeFile.SuccessionEntry;
import vn.ansinh.intake.internal.ProgrammeFile.TargetEntry;
import vn.ansinh.intake.internal.ProgrammeFile.UnitEntry;
import vn.ansinh.partners.OrganisationKind;
import vn.ansinh.shared.Domain;
import vn.ansinh.targets.Aggregation;
import vn.ansinh.units.SuccessionKind;
import vn.ansinh.units.UnitKind;

/**
 * Reads a programme data file (YAML, format "ansinh-programme/1") and checks everything that
 * can be checked inside the file. Every error is collected with its line, path and field. A file without a
 * programme holds units, organisations, indicators and successions only (what became of units later).
 */
final class ProgrammeFileReader {

    static final String FORMAT = "ansinh-programme/1";

    private ProgrammeFileReader() {
    }

    static Optional<ProgrammeFile> read(Reader reader, Errors errors) {
        Optional<Node> root = parse(reader, errors);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        YamlValue top = new YamlValue(root.get(), new Where(1, ""), errors);
        if (!top.isMap()) {
            errors.add(top.where(), "", "intake.field.notMap");
            return Optional.empty();
        }
        top.allow("format", "units", "successions", "organisations", "indicators", "targets", "programme", "tables");
        String format = top.text("format", true);
        if (format != null && !FORMAT.equals(format)) {
            errors.add(top.required("format").where(), "format", "intake.format.unsupported", format, FORMAT);
        }
        List<UnitEntry> units = new ArrayList<>();
        readUnits(top.list("units", false), null, units);
        ProgrammeFile file = new ProgrammeFile(units, organisations(top.list("organisations", false)),
                indicators(top.list("indicators", false)), targets(top.list("targets", false)),
                ProgrammeTextReader.read(top.optional("programme"), errors),
                TableReader.read(top.list("tables", false), errors), successions(top.list("successions", false)));
        duplicates(units.stream().map(u -> new Coded(u.where(), u.code())).toList(), errors);
        duplicates(file.organisations().stream().map(o -> new Coded(o.where(), o.code())).toList(), errors);
        duplicates(file.indicators().stream().map(i -> new Coded(i.where(), i.code())).toList(), errors);
        duplicates(file.tables().stream().map(t -> new Coded(t.where(), t.code())).toList(), errors);
        TableReader.checkReferences(file, errors);
        if (file.programme() == null && (!file.targets().isEmpty() || !file.tables().isEmpty())) {
            errors.add(top.where(), "programme", "intake.programme.missing");
        } else if (file.programme() == null && units.isEmpty() && file.organisations().isEmpty()
                && file.indicators().isEmpty() && file.successions().isEmpty()) {
            errors.add(top.where(), "programme", "intake.file.nothing");
        }
        return errors.any() ? Optional.empty() : Optional.of(file);
    }

    private static Optional<Node> parse(Reader reader, Errors errors) {
        try {
            Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
            if (node == null) {
                errors.add(new Where(1, ""), "", "intake.file.empty");
            }
            return Optional.ofNullable(node);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            errors.add(new Where(line, ""), "", "intake.yaml.syntax", e.getProblem());
            return Optional.empty();
        } catch (YAMLException e) {
            // Not YAML text at all (another encoding, a binary file): the parser's message names Java classes.
            errors.add(new Where(1, ""), "", e.getCause() instanceof java.nio.charset.CharacterCodingException
                    ? "intake.file.notUtf8" : "intake.file.unreadable");
            return Optional.empty();
        }
    }

    private static void readUnits(List<YamlValue> values, String parentCode, List<UnitEntry> into) {
        for (YamlValue value : values) {
            value.allow("code", "kind", "name", "gso", "from", "until", "children");
            String code = value.text("code", true);
            LocalDate from = value.date("from", false);
            LocalDate until = value.date("until", false);
            if (from != null && until != null && until.isBefore(from)) {
                value.errors().add(value.where(), "until", "intake.unit.endsBeforeStart");
            }
            into.add(new UnitEntry(value.where(), code, value.choice("kind", UnitKind.class, true),
                    value.text("name", true), parentCode, value.text("gso", false), from, until));
            readUnits(value.list("children", false), code, into);
        }
    }

    private static List<SuccessionEntry> successions(List<YamlValue> values) {
        List<SuccessionEntry> successions = new ArrayList<>();
        for (YamlValue value : values) {
            value.allow("kind", "effective", "predecessors", "successor", "basis");
            List<String> predecessors = value.list("predecessors", true).stream().map(v -> v.text("predecessors"))
                    .toList();
            successions.add(new SuccessionEntry(value.where(), value.choice("kind", SuccessionKind.class, true),
                    value.date("effective", true), predecessors, value.text("successor", true),
                    value.text("basis", true)));
        }
        return successions;
    }

    private static List<OrganisationEntry> organisations(List<YamlValue> values) {
        List<OrganisationEntry> organisations = new ArrayList<>();
        readOrganisations(values, null, organisations);
        return organisations;
    }

    private static void readOrganisations(List<YamlValue> values, String parentCode, List<OrganisationEntry> into) {
        for (YamlValue value : values) {
            value.allow("code", "kind", "unit", "name", "shortName", "branches");
            String code = value.text("code", true);
            into.add(new OrganisationEntry(value.where(), code, value.choice("kind", OrganisationKind.class, true),
                    value.text("unit", true), value.text("name", true), value.text("shortName", true), parentCode));
            readOrganisations(value.list("branches", false), code, into);
        }
    }

    private static List<IndicatorEntry> indicators(List<YamlValue> values) {
        List<IndicatorEntry> indicators = new ArrayList<>();
        for (YamlValue value : values) {
            value.allow("code", "domain", "measure", "aggregation", "part", "whole", "vi", "en");
            Aggregation aggregation = value.choice("aggregation", Aggregation.class, true);
            boolean rate = aggregation == Aggregation.RATE;
            indicators.add(new IndicatorEntry(value.where(), value.text("code", true),
                    value.choice("domain", Domain.class, true), value.text("measure", true), aggregation,
                    value.text("part", rate), value.text("whole", rate), value.text("vi", true), value.text("en", true)));
        }
        return indicators;
    }

    private static List<TargetEntry> targets(List<YamlValue> values) {
        List<TargetEntry> targets = new ArrayList<>();
        for (YamlValue value : values) {
            // «stated»: a target the programme states in words with no figure; recorded with none, set later
            value.allow("indicator", "unit", "organisation", "value", "plan", "stated");
            TargetEntry target = new TargetEntry(value.where(), value.text("indicator", true), value.text("unit", true),
                    value.text("organisation", false), value.number("value", false), value.number("plan", false));
            if (value.optional("value") == null && value.optional("plan") == null && value.optional("stated") == null) {
                value.errors().add(value.where(), "value", "intake.target.empty");
            }
            targets.add(target);
        }
        return targets;
    }

    record Coded(Where where, String code) {
    }

    static void duplicates(List<Coded> entries, Errors errors) {
        Set<String> seen = new HashSet<>();
        for (Coded entry : entries) {
            if (entry.code() != null && !seen.add(entry.code())) {
                errors.add(entry.where(), "code", "intake.code.duplicate", entry.code());
            }
        }
    }
}
