def train_epoch(fabric, model, optimizer, loader):
    model.train()
    total = 0.0
    for batch in loader:
        optimizer.zero_grad()
        loss = model.training_step(batch)
        fabric.backward(loss)
        optimizer.step()
        total += float(loss)
    return total / max(len(loader), 1)


def evaluate(model, loader):
    model.eval()
    return [model.validation_step(batch) for batch in loader]
