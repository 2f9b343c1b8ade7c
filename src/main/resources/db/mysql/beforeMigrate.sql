-- Our tables hold Chinese names and notes: whatever the server's default, they are created
-- utf8mb4. (Camunda's own tables declare their character set themselves.)
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
