import { topic, type LexiconEntry } from './types.js'

/** Data stores, formats, messaging and the file layer. */
export const DATA_TOPICS: readonly LexiconEntry[] = [
  topic('database', {
    members: 'nosql',
    aliases:
      'databases, db, dbms, sql, rdbms, connection-pools, connection-pool, data-store, data-stores, datastore, datastores',
    strong:
      'database, databases, dbms, rdbms, relational database, sql database, database management, key value store, key value storage, key value database, database engine, database driver, database client, embedded database, graph database, time series database, vector database, sql queries, query engine, distributed database, olap, oltp, database management tool, sql client, sql editor, database administration, mysql client, mysql driver, postgresql driver, postgres driver, postgresql client, cassandra client, cassandra driver, mongodb driver, database connector, db driver, sql driver, odbc, jdbc, db api, analytics database, analytical database, columnar database, olap database, analytics data store',
    clear:
      'sql, mysql, postgresql, postgres, sqlite, mariadb, mssql, sql server, acid transactions, acid compliant, time series, columnar, data store, datastore',
    // "Acid" alone is as often a colour, a music style or a project's name as ACID transactions.
    hint: 'acid, query, records, storage engine, persistence, schema, tables, queries, transactions, indexes, migrations, replication, sharding, crud, oracle',
    weak: 'data'
  }),
  topic('nosql', {
    aliases: 'no-sql, document-database, key-value, key-value-store, key-value-stores, kv-store',
    strong:
      'nosql, document database, document store, mongodb, key value store, key value storage, key value database, wide column, cassandra, couchdb, dynamodb, bson, document oriented, aerospike, arangodb, couchbase, rethinkdb, scylladb, ravendb, orientdb, hbase, riak',
    clear: 'schemaless, replica set, aggregation pipeline',
    // Queues, caches and rate limiters are backed by Redis far more often than they are data stores.
    hint: 'json documents, documents, collections, redis',
    weak: ''
  }),
  topic('orm', {
    aliases: 'object-relational-mapping, object-relational-mapper, odm, query-builder, data-mapping, datamapping',
    strong:
      'orm, object relational mapping, object relational mapper, odm, object document mapper, active record, data mapper, data mapping, query builder, entity framework, sqlalchemy, hibernate',
    clear: 'eager loading, has many, belongs to, schema migrations, prisma, sequelize, mongoose, diesel',
    hint: 'database, sql, tables, entities, models, relations, repositories, associations, migrations',
    weak: ''
  }),
  topic('cache', {
    aliases: 'caching, caches, in-memory-cache, memoization',
    strong:
      'cache, caching, caches, caching library, in memory cache, cache library, lru, lfu, memoization, memoize, cache eviction, memcached, redis cache, distributed cache, caching layer, cache store, lru cache, least recently used, memcache, cache invalidation, http cache, data grid, in memory data grid, distributed data grid',
    clear:
      'eviction, evicts, evicted, ttl, expiration, hit ratio, cache hit, cache miss, admission policy, concurrent map, invalidation',
    hint: 'in memory',
    weak: ''
  }),
  topic('message-queue', {
    aliases: 'message-queues, messaging, message-broker, queue, queues, queuing, queueing, mq, pubsub',
    strong:
      'message queue, message broker, messaging platform, messaging system, message transport, message bus, job queue, task queue, work queue, tasks queue, jobs queue, job server, amqp, rabbitmq, kafka, nats, mqtt broker, zeromq, pub sub, publish subscribe, event streaming, background job processing',
    clear:
      'messaging, consumers, producers, broker, brokers, delivery guarantees, at least once, exactly once, dead letter, background jobs, sqs',
    hint: 'distributed, events, streams, queue, queues, messages, backpressure, topics',
    weak: ''
  }),
  topic('storage', {
    aliases: 'object-storage, cloud-storage, blob-storage, s3',
    strong:
      'object storage, s3 compatible, amazon s3, s3 api, blob storage, cloud storage, distributed storage, storage system, block storage, file storage, storage server, erasure coding, data storage, software defined storage, block device, block devices, file synchronization, file synchronisation, file sync, file syncing, synchronize files, sync files, backup software, backup solution, backup system, backup tool, disaster recovery',
    clear:
      'storage, buckets, bucket, s3, webdav, nas, backing up, raid, deduplication, deduplicates, content addressed, local storage, localstorage, local store, session storage, sessionstorage, browser storage, indexeddb',
    hint: 'files, disks, capacity, objects, upload, uploads, backup, backups, volumes, replication',
    weak: ''
  }),
  topic('filesystem', {
    aliases: 'file-system, filesystems, files, fs, file-handling',
    strong:
      'filesystem, file system, file systems, distributed file system, fuse, file watcher, filesystem watcher, watch files, file watching, virtual file system, vfs, filesystem abstraction, inotify, fsevents',
    clear:
      'file handling, fs, mount, symlinks, fs watch, files and folders, files and directories, file operations, copy files, delete files, move files, copy directory, copy directories, directory tree, glob patterns, globbing',
    hint: 'file, folder, folders, read write, files, directories, directory, paths, disk, posix, permissions',
    weak: ''
  }),
  topic('json', {
    aliases: 'json-parser, jsonschema',
    strong:
      'json parser, json library, json serialization, json schema, jsonpath, json files, ndjson, jsonl, jq, json query',
    clear: 'serialize, deserialize, serialization, deserialization, marshal, unmarshal, json',
    hint: 'objects, dataclass, numpy, encoding, decoding, loads, dumps',
    weak: ''
  }),
  topic('yaml', {
    aliases: 'yml',
    strong: 'yaml, yaml parser, yaml files, yaml configuration, yaml manifests, yaml emitter',
    clear: 'configuration files, config files, toml, frontmatter, yml',
    hint: 'config, loader, dumper, manifests, configuration',
    weak: ''
  }),
  topic('data', {
    aliases: 'data-engineering, etl, data-processing, big-data, data-pipeline',
    generic: true,
    strong:
      'data pipeline, data pipelines, etl, elt, data engineering, data integration, data processing, data streaming, stream processing, dataframe, dataframes, data warehouse, data analysis, data science, data scientist, data scientists, data wrangling, change data capture, big data, stream processor, data lake, apache spark, data transformation, extract transform load, extract transform and load, extracts transforms and loads, airbyte, business intelligence, bi platform, bi tool, self service analytics',
    clear: 'ingestion, transformations, batch processing, pandas, dbt, spark, parquet, dataset, datasets',
    hint: 'data, records, events, sources, sinks, csv, connectors, pipelines, analytics, spreadsheet',
    weak: ''
  }),
  topic('search', {
    aliases: 'search-engine, full-text-search, searching, information-retrieval',
    strong:
      'search engine, full text search, search library, search server, fuzzy finder, inverted index, search index, semantic search, fuzzy search, vector search, elasticsearch, lucene, typesense, meilisearch',
    clear: 'search, searching, bm25, query parser, faceting, search results, metasearch',
    hint: 'index, documents, find, indexing, ranking, queries, relevance, autocomplete',
    weak: ''
  }),
  topic('logging', {
    aliases: 'logs, log, logger, structured-logging',
    strong:
      'logging, logger, logging library, structured logging, leveled logging, log levels, log aggregation, log management',
    clear:
      'log, log messages, stack traces, log rotation, json logs, syslog, logs, winston, pino, log4j, serilog, logrus, bunyan',
    hint: 'traces, sinks, handlers, stdout, rotation',
    weak: ''
  }),
  topic('secrets', {
    aliases: 'secret-management, secrets-management, vault, password-manager, keychain',
    strong:
      'secrets management, secret management, secrets manager, password manager, vault, hashicorp vault, secret store, credential store, password store, credential management, bitwarden, keepass, encrypted secrets, secret scanner, secret scanning',
    clear:
      'secrets, secret, passwords, credentials, api keys, encryption keys, key management, kms, sealed secrets, 1password, autofill, master password',
    hint: 'encrypted, sync, rotation',
    weak: ''
  })
]
