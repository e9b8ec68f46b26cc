package dev.huiju.clients.eldercare;

import java.util.List;

import dev.huiju.clients.eldercare.EldercareDtos.AlertDto;
import dev.huiju.clients.eldercare.EldercareDtos.ApplicationDto;
import dev.huiju.clients.eldercare.EldercareDtos.Decision;
import dev.huiju.clients.eldercare.EldercareDtos.DistrictDayDto;
import dev.huiju.clients.eldercare.EldercareDtos.DistrictLightsDto;
import dev.huiju.clients.eldercare.EldercareDtos.DistrictNowDto;
import dev.huiju.clients.eldercare.EldercareDtos.IdNumberSearch;
import dev.huiju.clients.eldercare.EldercareDtos.InstitutionDto;
import dev.huiju.clients.eldercare.EldercareDtos.Registration;
import dev.huiju.clients.eldercare.EldercareDtos.ResidentDto;
import dev.huiju.clients.eldercare.EldercareDtos.ResidentRef;
import dev.huiju.clients.eldercare.EldercareDtos.StatusChange;
import dev.huiju.clients.eldercare.EldercareDtos.StatusChangeDto;
import dev.huiju.clients.eldercare.EldercareDtos.Submission;
import dev.huiju.clients.eldercare.EldercareDtos.WaitingDto;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** The elder care service's HTTP interface; every call carries the caller's token, which names the actor. */
@HttpExchange(accept = "application/json")
public interface EldercareApi {

	@GetExchange("/residents")
	Mono<List<ResidentDto>> residentsByIds(@RequestParam("ids") String ids);

	@PostExchange("/residents/search")
	Mono<List<ResidentDto>> residentsByIdNumber(@RequestBody IdNumberSearch search);

	@GetExchange("/residents")
	Mono<List<ResidentDto>> residents(@RequestParam(name = "streetId", required = false) String streetId,
			@RequestParam(name = "status", required = false) String status, @RequestParam("after") long after,
			@RequestParam("limit") int limit);

	@PostExchange("/residents")
	Mono<ResidentDto> register(@RequestBody Registration registration);

	@PostExchange("/residents/{id}/status")
	Mono<ResidentDto> changeStatus(@PathVariable long id, @RequestBody StatusChange change);

	@GetExchange("/residents/{id}/changes")
	Mono<List<StatusChangeDto>> statusChanges(@PathVariable long id);

	@GetExchange("/applications")
	Mono<List<ApplicationDto>> applications(@RequestParam(name = "status", required = false) String status,
			@RequestParam("limit") int limit);

	@GetExchange("/applications")
	Mono<List<ApplicationDto>> applicationsOfResidents(@RequestParam("residentIds") String residentIds);

	@GetExchange("/applications/awaiting")
	Mono<List<ApplicationDto>> awaiting(@RequestParam("limit") int limit);

	@PostExchange("/applications")
	Mono<ApplicationDto> submit(@RequestBody Submission submission);

	@PostExchange("/applications/{id}/decision")
	Mono<ApplicationDto> decide(@PathVariable long id, @RequestBody Decision decision);

	@GetExchange("/institutions")
	Mono<List<InstitutionDto>> institutions();

	@GetExchange("/institutions/{id}/waiting")
	Mono<List<WaitingDto>> waiting(@PathVariable long id);

	@PostExchange("/institutions/{id}/waiting")
	Mono<InstitutionDto> joinWaiting(@PathVariable long id, @RequestBody ResidentRef resident);

	@PostExchange("/institutions/{id}/admissions")
	Mono<InstitutionDto> admit(@PathVariable long id, @RequestBody ResidentRef resident);

	@GetExchange("/alerts")
	Mono<List<AlertDto>> alerts(@RequestParam("open") boolean open, @RequestParam("limit") int limit);

	@GetExchange("/alerts/by-district")
	Mono<List<DistrictLightsDto>> lightsByDistrict();

	@PostExchange("/alerts/{id}/close")
	Mono<AlertDto> closeAlert(@PathVariable long id);

	@GetExchange("/statistics")
	Mono<List<DistrictDayDto>> statistics(@RequestParam("from") String from, @RequestParam("to") String to);

	@GetExchange("/statistics/now")
	Mono<List<DistrictNowDto>> statisticsNow();

}
