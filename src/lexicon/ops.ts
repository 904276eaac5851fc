import { topic, type LexiconEntry } from './types.js'

/** Infrastructure, operations, security and networking. */
export const OPS_TOPICS: readonly LexiconEntry[] = [
  topic('k8s', {
    aliases: 'kubernetes, kube, k8, kubernetes-operator',
    strong:
      'kubernetes, k8s, kubectl, helm chart, helm charts, kubernetes operator, kubernetes cluster, kubernetes clusters, custom resource definition, crd, crds, kubernetes manifests, kubeconfig, kubelet, kubernetes dashboard',
    // Not "pod": a CocoaPods README says "pod 'Name'" to install itself.
    clear: 'helm, pods, ingress, kustomize, k3s, minikube, kind cluster, service account, configmap, etcd',
    hint: 'manifests, cloud native, containers, cluster, clusters, controller, operator, deployments, namespaces',
    weak: ''
  }),
  topic('containerization', {
    aliases: 'containers, container, docker, containerisation, oci',
    strong:
      'container runtime, dockerfile, dockerfiles, oci, podman, docker compose, docker image, docker images, containerized, containerization, container engine, oci image, container registry, lxc, lxd, buildkit',
    // Docker is also where most tools of every other kind run: the name alone is clear, not strong.
    clear:
      'docker, image registry, cgroups, runc, sandboxed, docker hub, container image, container images, container, containers',
    hint: 'run in docker, image, images, registry, namespaces, isolation',
    weak: ''
  }),
  topic('cloud-native', {
    aliases: 'cloudnative, cncf, microservices',
    strong:
      'cloud native, cncf, microservices, service mesh, cloud native computing foundation, kubernetes native, istio',
    clear: 'distributed systems, horizontally scalable, sidecar, envoy',
    hint: 'cloud, clusters, scale, kubernetes, containers, scalable, operators, observability',
    weak: ''
  }),
  topic('iac', {
    aliases: 'infrastructure-as-code, infrastructure, terraform, configuration-management',
    strong:
      'infrastructure as code, iac, terraform, pulumi, cloudformation, ansible, configuration management, terraform modules, hcl, infrastructure automation, crossplane, opentofu',
    clear:
      'infrastructure, as code, provision, declarative infrastructure, state file, plan and apply, terraform plan, deploy infrastructure, chef, puppet, saltstack, provisioning',
    hint: 'cloud resources, servers, inventory',
    weak: ''
  }),
  topic('cicd', {
    aliases: 'ci-cd, ci, cd, continuous-integration, continuous-delivery, continuous-deployment',
    strong:
      'continuous integration, continuous delivery, continuous deployment, ci cd, ci server, build pipelines, ci pipeline, ci pipelines, github actions, github action, gitlab ci, jenkins, ci runner, continuous integration server, drone ci, buildkite',
    clear: 'ci, build server, devops, runners, build jobs, gitops, release pipelines',
    hint: 'automation, workflow, deploy, pipeline, pipelines, builds, cd, artifacts, pull request',
    weak: ''
  }),
  // The practice that CI/CD, deployment, provisioning and monitoring serve: a common collection name, broader
  // than any one of them, so its own entry rather than an alias of cicd.
  topic('devops', {
    aliases: 'dev-ops, devops-tools',
    members: 'cicd, iac, containerization, monitoring, observability, deploy-tool',
    strong:
      'devops, dev ops, devops tool, devops platform, deployment tool, deployment automation, server automation, server provisioning, infrastructure automation, configuration management, release automation, infrastructure as code, continuous delivery',
    clear:
      'deployments, provisioning, orchestration, ci cd, continuous integration, monitoring and alerting, ansible, terraform, puppet, chef, saltstack, remote servers, development environments',
    hint: 'servers, deploy, deploying, infrastructure, operations, ops, monitoring, metrics, pipelines, automation, release, releases'
  }),
  // Security built into delivery: a collection name of its own, whose projects are security tools that run in
  // pipelines (scanners of code, dependencies, containers and infrastructure code).
  topic('devsecops', {
    aliases: 'dev-sec-ops, secdevops',
    members: 'security',
    strong:
      'devsecops, shift left security, policy as code, infrastructure as code scanning, iac scanning, software composition analysis, misconfigurations',
    clear: 'security scanner, security scanners, vulnerability scanner, compliance checks, ci cd',
    hint: 'security, compliance, pipelines, misconfiguration, policies'
  }),
  topic('deploy-tool', {
    aliases: 'deployment, deploy, deployment-tool, deployment-automation',
    strong:
      'deployment tool, deployment automation, deploy applications, zero downtime deployment, deployment pipeline, release automation, paas, heroku alternative, self hosted paas, blue green, dokku, caprover',
    clear:
      'rollback, provisioning, zero downtime, kamal, coolify, rollbacks, deployer, server automation, remote execution, commands remotely, remote commands',
    hint: 'release, releases, servers, ssh, production, automation, infrastructure, deploy, deploying, deployment, deployments, staging',
    weak: ''
  }),
  topic('serverless', {
    aliases: 'faas, functions-as-a-service, lambda, aws-lambda',
    strong:
      'serverless, aws lambda, lambda functions, functions as a service, faas, cloud functions, api gateway, edge functions',
    clear: 'microservices, cold start, event driven, deploy functions, lambda',
    hint: 'cloud, functions',
    weak: ''
  }),
  topic('aws', {
    platform: true,
    aliases: 'amazon-web-services, amazon',
    strong:
      'aws, amazon web services, amazon s3, s3, ec2, dynamodb, cloudformation, aws sdk, sqs, sns, aws lambda, aws cli, aws cdk, amazon ec2, cloudfront, kinesis, aws account',
    clear: 'amazon, cloud provider, cloudwatch, route53, ecs, eks, lambda, iam',
    hint: 'cloud',
    weak: ''
  }),
  // Cloud computing as a topic of its own ("Cloud", "Cloud Infrastructure and Management"): the providers and
  // their services; AWS is one of them (members), so a cloud tag reads its names too.
  topic('cloud', {
    members: 'aws',
    aliases: 'cloud-computing, cloud-infrastructure, cloud-services, cloud-providers, cloud-platforms',
    strong:
      'cloud computing, cloud infrastructure, cloud provider, cloud providers, cloud services, cloud platform, cloud platforms, google cloud, google cloud platform, gcp, microsoft azure, azure, digitalocean, openstack, multi cloud, hybrid cloud, iaas, infrastructure as a service, paas, platform as a service, cloud resources',
    clear: 'cloud, cloud storage, virtual machines, compute instances, regions',
    hint: 'instances, provisioning, hosting'
  }),
  topic('monitoring', {
    aliases: 'monitor, uptime, alerting, metrics',
    strong:
      'monitoring, monitoring tool, uptime monitoring, status page, alerting, health checks, application monitoring, apm, prometheus, grafana, metrics dashboard, nagios, zabbix, prometheus exporter, metrics library, application metrics, jvm metrics, metrics collection, graphite, statsd, collectd, telegraf, system metrics, metrics collector',
    clear:
      'error tracking, error monitoring, crash reporting, sentry, bugsnag, rollbar, downtime, goes down, system statistics, cpu statistics, heartbeat, monitors, healthchecks, uptime, alerts, resource usage, performance characteristics',
    hint: 'performance, charts, metrics, dashboards, dashboard, notifications, incident, ping, monitor',
    weak: ''
  }),
  topic('observability', {
    aliases: 'o11y, telemetry, tracing, apm',
    strong:
      'observability, opentelemetry, distributed tracing, logs metrics and traces, metrics logs and traces, logs metrics traces, apm, spans, otel',
    clear: 'instrumentation, jaeger, prometheus, tracing, telemetry',
    hint: 'metrics, logs, pipelines, dashboards, monitoring, traces',
    weak: ''
  }),
  topic('security', {
    members: 'authentication, secrets',
    aliases:
      'infosec, cybersecurity, appsec, pentest, vulnerability, vulnerability-database, cve, zero-trust, decompilation, decompiler, decompilers, anti-spam',
    strong:
      'cybersecurity, acme client, acme protocol, let s encrypt client, letsencrypt client, certificate management, certificate authority, vulnerability, vulnerabilities, vulnerability database, vulnerability databases, security advisories, cve records, intrusion detection, intrusion prevention, waf, web application firewall, penetration testing, pentest, exploit, malware, rootkit, rootkits, threat detection, firewall, intrusion detection system, vulnerability scanner, supply chain security, software supply chain, supply chain attacks, software bill of materials, sast, dast, osint, pentesting, forensics, reverse engineering, honeypot, siem, threat intelligence, malware analysis, security tool, security scanner, security testing, security auditing, offensive security, application security, network security, web security, phishing, penetration testers, pentesters, red team, red teaming, bug bounty, ethical hacking, hacking tools, social engineering, password cracking, hash cracking, security researchers, capture the flag, exploit development, metasploit, nmap, burp suite, sqlmap, hashcat, john the ripper, kali linux, owasp',
    clear:
      'let s encrypt, letsencrypt, supply chain, sbom, packet injection, packet crafting, attacks, attacker, attackers, open ports, tampering, file integrity, cve, threat, threats, brute force, ddos, hardening, cryptography, forward secrecy, end to end encryption, double ratchet, password hashing, fuzzer, fuzzers, blocklist, ctf, secret scanning, security, reconnaissance, decryption, ciphers, image scanning, container scanning, security policies, cis benchmark, seccomp, apparmor',
    hint: 'secure, encryption, safe, protect, protection, privacy, audit, sandbox, tls, crypto, password, scanner, scanning, ban',
    weak: ''
  }),
  // The protocols and words of network tools (ICMP, ARP, traceroute, subnets) as clear evidence: held-out Debian
  // sets +1 hit@1 each, one of them a wrong tag more.
  topic('networking', {
    aliases: 'network, networks, net, tcp-ip',
    strong:
      'networking, network protocols, tcp ip, tcp, udp, vpn, dns, libpcap, pcap, network stack, peer to peer, p2p, network scanner, wireguard, name server, nameserver, dns server, dns resolver, authoritative dns, ftp client, ftp library, ftp protocol',
    clear:
      'ip, ipv4, ipv6, port forwarding, ethernet, nat, firewall, proxy, network, tunnel, tunneling, packet, socket, sockets, icmp, arp, traceroute, subnet, subnets, cidr, netmask, routing table, bgp, ospf, snmp, netflow, mac address, mac addresses, bittorrent, torrent, torrents, dht, magnet link',
    hint: 'connections, network traffic, transport, protocol, protocols, routing, latency, bandwidth, ftp',
    weak: ''
  }),
  topic('workflow', {
    aliases:
      'workflows, workflow-automation, automation, orchestration, workflow-engine, rpa, robotic-process-automation',
    strong:
      'robotic process automation, rpa, workflow engine, workflow automation, workflow orchestration, orchestration, durable execution, automation platform, automate tasks, task automation, automations, business process, bpmn, ifttt, zapier, airflow, n8n',
    clear:
      'dag, dags, orchestrator, workflow, workflows, recurring tasks, scheduled tasks, task scheduler, job scheduler',
    hint: 'steps, retries, events, automate, automation, tasks, jobs, scheduled, schedules, triggers, cron',
    weak: ''
  }),
  topic('low-code', {
    aliases: 'lowcode, no-code, nocode',
    strong:
      'low code, lowcode, no code, nocode, app builder, application builder, website builder, drag and drop builder, visual builder, without writing code, without coding, web app builder, webapp builder, internal tools, form builder, airtable alternative, spreadsheet database, visual programming, admin panel builder, retool alternative',
    clear: 'drag and drop, visual editor, forms, point and click, node based editor',
    hint: 'dashboards, builder',
    weak: ''
  })
]
