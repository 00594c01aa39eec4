-- API keys (issue "Identity and authorization"): only a slow salted hash of each secret is kept; key_id, the public
-- part of the key, finds it. Revoked and expired keys stay, for the record.
create table api_key (
    id uuid not null,
    version bigint not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    key_id varchar(16) not null,
    name varchar(200) not null,
    roles varchar(100) not null,
    regions varchar(1000),
    secret_hash varchar(200) not null,
    expires_at timestamp with time zone,
    created_by varchar(300) not null,
    revoked_at timestamp with time zone,
    revoked_by varchar(300),
    last_used_at timestamp with time zone,
    constraint pk_api_key primary key (id),
    constraint uq_api_key_key_id unique (key_id)
);

-- The first ADMIN key is made once in the life of a database (apikey/BootstrapKey), by one instance when several
-- start at once: the one that writes this row.
create table api_key_bootstrap (
    id integer not null,
    decided_at timestamp with time zone not null,
    constraint pk_api_key_bootstrap primary key (id),
    constraint ck_api_key_bootstrap_one_row check (id = 1)
);

-- The regions whose editors registered an actor that has no Indonesian region of its own (a foreign government, a
-- national body): they, a MINISTRY and an ADMIN may change it. Separated by spaces; null for one a MINISTRY or an
-- ADMIN registered, and for every actor registered before this version.
alter table actor add column owner_regions varchar(1000);
