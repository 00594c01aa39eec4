-- The actor list of one country in its default (name) order walks this index (issue "Performance at national scale"):
-- with the country's index alone, H2 sorted every actor of the country for each page (50,000 actors, 26 countries).
create index ix_actor_by_country_name on actor (country, name, id);
