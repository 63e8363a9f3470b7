package vn.ansinh.programme.internal;

import org.springframework.data.repository.CrudRepository;

import vn.ansinh.programme.Programme;

public interface ProgrammeRepository extends CrudRepository<Programme, Long> {

    boolean existsByCoordinatingUnitIdAndProgrammeYearAndDocumentSymbol(long unitId, int year, String symbol);
}
