package vn.ansinh.annex;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.internal.AnnexComputation;

/** The annex tables (Biểu) of programmes: defining them and computing them. */
@Service
@Transactional(readOnly = true)
public class AnnexTables {

    private final AnnexComputation computation;

    AnnexTables(AnnexComputation computation) {
        this.computation = computation;
    }

    /** Table codes of a programme in printed order. */
    public List<String> codes(long programmeId) {
        return computation.codes(programmeId);
    }

    /** Short titles ("Biểu số 1") by table code, in printed order. */
    public Map<String, String> shortTitles(long programmeId) {
        Map<String, String> titles = new LinkedHashMap<>();
        codes(programmeId).forEach(code -> computation.definition(programmeId, code)
                .ifPresent(t -> titles.put(code, t.shortTitle())));
        return titles;
    }

    public Optional<ComputedTable> computed(long programmeId, String code) {
        return computation.computed(programmeId, code);
    }

    public List<ComputedTable> allComputed(long programmeId) {
        return codes(programmeId).stream().map(code -> computed(programmeId, code).orElseThrow()).toList();
    }

    @Transactional
    public void define(AnnexTableDefinition table) {
        computation.define(table);
    }
}
