package vn.ansinh.programme.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.CrudRepository;

import vn.ansinh.programme.Programme;

public interface ProgrammeRepository extends CrudRepository<Programme, Long> {

    boolean existsByCoordinatingUnitIdAndProgrammeYearAndDocumentSymbol(long unitId, int year, String symbol);

    List<Programme> findByCoordinatingUnitIdAndProgrammeYearOrderById(long unitId, int year);

    List<Programme> findByProgrammeYearOrderById(int year);

    /** Never call with an empty collection: "in ()" is not SQL. */
    List<Programme> findByCoordinatingUnitIdIn(Collection<Long> unitIds);
}
