DROP INDEX `postings_status_noc_idx`;--> statement-breakpoint
CREATE INDEX `postings_status_noc_sorts_idx` ON `postings` (`status`,`noc_code`,`start_date`,`hourly_wage_cents`);