-- One database per service (each service owns its data).
create database ticket_service;
create database dispatch_service;
create database sla_monitor;
create database notification_service;
