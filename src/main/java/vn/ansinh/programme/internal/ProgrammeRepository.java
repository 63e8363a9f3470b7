package vn.ansinh.programme.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.programme.Programme;

/**
 * Derived queries run in a read-only transaction, as the inherited CRUD methods do: without one, loading an
 * aggregate's collections took a second connection while the first query's rows were still open.
 */
@Transactional(readOnly = true)
public interface ProgrammeRepository extends CrudRepository<Programme, Long> {

    boolean existsByCoordinatingUnitIdAndProgrammeYearAndDocumentSymbol(long unitId, int year, String symbol);

    List<Programme> findByCoordinatingUnitIdAndProgrammeYearOrderById(long unitId, int year);

    List<Programme> findByProgrammeYearOrderById(int year);

    /** Never call with an empty collection: "in ()" is not SQL. */
    List<Programme> findByCoordinatingUnitIdIn(Collection<Long> unitIds);
}
